; undef (LangRef "Undefined Values", "freeze", "br"): each use of an undef value may observe a different value, so
; undef is less defined than any one value (freeze picks one, and all its uses agree); a value derived from undef is
; undef again at each use; branching on undef, and accessing memory at an address that depends on undef, is UB.

;; pair: returning a frozen undef, target returns undef itself
;; expect: wrong
;; source
define i32 @f() {
  %x = freeze i32 undef
  ret i32 %x
}
;; target
define i32 @f() {
  ret i32 undef
}

;; pair: returning undef, target returns a frozen undef
;; expect: proved
;; source
define i32 @f() {
  ret i32 undef
}
;; target
define i32 @f() {
  %x = freeze i32 undef
  ret i32 %x
}

;; pair: returning undef, target returns a constant
;; expect: proved
;; source
define i32 @f() {
  ret i32 undef
}
;; target
define i32 @f() {
  ret i32 7
}

;; pair: returning undef, target returns poison
;; expect: refuted
;; source
define i32 @f() {
  ret i32 undef
}
;; target
define i32 @f() {
  ret i32 poison
}

;; pair: passing a frozen undef to a call, target passes undef
;; expect: wrong
;; source
declare void @g(i32)
define void @f() {
  %x = freeze i32 undef
  call void @g(i32 %x)
  ret void
}
;; target
declare void @g(i32)
define void @f() {
  call void @g(i32 undef)
  ret void
}

;; pair: passing undef to a call, target passes a frozen undef
;; expect: right
;; source
declare void @g(i32)
define void @f() {
  call void @g(i32 undef)
  ret void
}
;; target
declare void @g(i32)
define void @f() {
  %x = freeze i32 undef
  call void @g(i32 %x)
  ret void
}

;; pair: storing a frozen undef, target stores undef
;; expect: wrong
;; source
define void @f(ptr %p) {
  %x = freeze i8 undef
  store i8 %x, ptr %p
  ret void
}
;; target
define void @f(ptr %p) {
  store i8 undef, ptr %p
  ret void
}

;; pair: storing undef, target stores a constant
;; expect: proved
;; source
define void @f(ptr %p) {
  store i8 undef, ptr %p
  ret void
}
;; target
define void @f(ptr %p) {
  store i8 5, ptr %p
  ret void
}

;; pair: two uses of an undef-derived value differ, so x ^ x is not always 0
;; expect: wrong
;; source
define i8 @f() {
  ret i8 0
}
;; target
define i8 @f() {
  %u = add i8 undef, 0
  %r = xor i8 %u, %u
  ret i8 %r
}

;; pair: two uses of a frozen value agree, so x ^ x is 0
;; expect: proved
;; source
define i8 @f() {
  ret i8 0
}
;; target
define i8 @f() {
  %u = freeze i8 undef
  %r = xor i8 %u, %u
  ret i8 %r
}

;; pair: two loads of an undef byte in a local differ
;; expect: wrong
;; source
define i8 @f() {
  ret i8 0
}
;; target
define i8 @f() {
  %a = alloca i8, align 1
  store i8 undef, ptr %a, align 1
  %x = load i8, ptr %a, align 1
  %y = load i8, ptr %a, align 1
  %r = sub i8 %x, %y
  ret i8 %r
}

;; pair: x ^ x of an undef-derived value may be 0
;; expect: proved
;; source
define i8 @f() {
  %u = add i8 undef, 0
  %r = xor i8 %u, %u
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 0
}

;; pair: target branches on undef (UB) where the source does not branch
;; expect: refuted
;; source
define i32 @f() {
  ret i32 1
}
;; target
define i32 @f() {
  br i1 undef, label %a, label %b
a:
  ret i32 1
b:
  ret i32 1
}

;; pair: source branches on undef (UB), target returns anything
;; expect: proved
;; source
define i32 @f() {
  br i1 undef, label %a, label %b
a:
  ret i32 1
b:
  ret i32 2
}
;; target
define i32 @f() {
  ret i32 7
}

;; pair: target switches on an undef-derived value
;; expect: refuted
;; source
define i32 @f() {
  ret i32 1
}
;; target
define i32 @f() {
  %v = or i8 undef, 1
  switch i8 %v, label %a [
    i8 3, label %b
  ]
a:
  ret i32 1
b:
  ret i32 1
}

;; pair: branch on a frozen undef is defined
;; expect: proved
;; source
define i32 @f() {
  %c = freeze i1 undef
  br i1 %c, label %a, label %b
a:
  ret i32 1
b:
  ret i32 1
}
;; target
define i32 @f() {
  ret i32 1
}

;; pair: target loads at an undef-dependent address that is always in bounds (still UB)
;; expect: wrong
;; source
define i8 @f(ptr dereferenceable(2) %p) {
  ret i8 0
}
;; target
define i8 @f(ptr dereferenceable(2) %p) {
  %i = and i64 undef, 1
  %q = getelementptr i8, ptr %p, i64 %i
  %v = load i8, ptr %q, align 1
  ret i8 0
}

;; pair: source loads at an undef-dependent address (UB), target returns anything
;; expect: proved
;; source
define i8 @f(ptr dereferenceable(2) %p) {
  %i = and i64 undef, 1
  %q = getelementptr i8, ptr %p, i64 %i
  %v = load i8, ptr %q, align 1
  ret i8 %v
}
;; target
define i8 @f(ptr dereferenceable(2) %p) {
  ret i8 9
}

;; pair: load at a frozen undef-dependent address in bounds is defined
;; expect: proved
;; source
define i8 @f(ptr dereferenceable(2) %p) {
  %i = and i64 undef, 1
  %j = freeze i64 %i
  %q = getelementptr i8, ptr %p, i64 %j
  %v = load i8, ptr %q, align 1
  ret i8 0
}
;; target
define i8 @f(ptr dereferenceable(2) %p) {
  ret i8 0
}
