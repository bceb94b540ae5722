;; pair: undef stored to a local, reloaded and branched on (UB), target returns 3
;; expect: right
;; source
define i32 @f() {
  %a = alloca i1
  store i1 undef, ptr %a
  %c = load i1, ptr %a
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 2
}
;; target
define i32 @f() {
  ret i32 3
}

;; pair: target branches on an undef loaded from a local (UB) where the source selects
;; expect: wrong
;; source
define i32 @f() {
  %a = alloca i1
  store i1 undef, ptr %a
  %c = load i1, ptr %a
  %s = select i1 %c, i32 1, i32 2
  ret i32 %s
}
;; target
define i32 @f() {
  %a = alloca i1
  store i1 undef, ptr %a
  %c = load i1, ptr %a
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 2
}

;; pair: switch on a frozen undef is defined, target makes it unreachable
;; expect: wrong
;; source
define i32 @f() {
  %u = freeze i8 undef
  switch i8 %u, label %d [ i8 0, label %z ]
z:
  ret i32 0
d:
  ret i32 1
}
;; target
define i32 @f() {
  unreachable
}

;; pair: a load at an address chosen by a select on undef: when p == q it is defined, target returns 0
;; expect: wrong
;; source
define i8 @f(ptr dereferenceable(1) %p, ptr dereferenceable(1) %q) {
  %s = select i1 undef, ptr %p, ptr %q
  %v = load i8, ptr %s
  ret i8 %v
}
;; target
define i8 @f(ptr dereferenceable(1) %p, ptr dereferenceable(1) %q) {
  ret i8 0
}

;; pair: select undef, p, p is p (both choices equal): the store is defined
;; expect: right
;; source
define void @f(ptr dereferenceable(1) %p) {
  store i8 1, ptr %p
  ret void
}
;; target
define void @f(ptr dereferenceable(1) %p) {
  %s = select i1 undef, ptr %p, ptr %p
  store i8 1, ptr %s
  ret void
}

;; pair: x86_fp80 stored and reloaded as i16 at offset 8 (sign+exponent of -2.0 is 0xC000)
;; expect: proved
;; source
define i16 @f() {
  %a = alloca x86_fp80
  store x86_fp80 0xKC0008000000000000000, ptr %a
  %p = getelementptr i8, ptr %a, i64 8
  %v = load i16, ptr %p
  ret i16 %v
}
;; target
define i16 @f() {
  ret i16 -16384
}

;; pair: fp128 bitcast to i128: high 64 bits of 1.0 are 0x3FFF000000000000
;; expect: proved
;; source
define i64 @f() {
  %b = bitcast fp128 0xL00000000000000003FFF000000000000 to i128
  %h = lshr i128 %b, 64
  %t = trunc i128 %h to i64
  ret i64 %t
}
;; target
define i64 @f() {
  ret i64 4611404543450677248
}

;; pair: fp128 bitcast to i128: low 64 bits of 1.0 are zero, target says the high pattern
;; expect: wrong
;; source
define i64 @f() {
  %b = bitcast fp128 0xL00000000000000003FFF000000000000 to i128
  %t = trunc i128 %b to i64
  ret i64 %t
}
;; target
define i64 @f() {
  ret i64 4611404543450677248
}
