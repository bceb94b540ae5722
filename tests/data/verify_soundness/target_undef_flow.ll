; the target branches on / passes noundef / divides by a value that is undef after flowing through memory, phi,
; select, aggregates or vectors: UB in the target where the source has none.

;; pair: target stores undef into a local, reloads it and branches on it (UB)
;; expect: wrong
;; source
define i32 @f() {
entry:
  ret i32 1
}
;; target
define i32 @f() {
entry:
  %a = alloca i8, align 1
  store i8 undef, ptr %a, align 1
  %v = load i8, ptr %a, align 1
  %c = icmp eq i8 %v, 0
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 1
}

;; pair: target branches on a load of an uninitialized local (UB)
;; expect: wrong
;; source
define i32 @f() {
entry:
  ret i32 1
}
;; target
define i32 @f() {
entry:
  %a = alloca i8, align 1
  %v = load i8, ptr %a, align 1
  %c = icmp eq i8 %v, 0
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 1
}

;; pair: target stores undef through a pointer argument, reloads it and branches on it (UB)
;; expect: wrong
;; source
define i32 @f(ptr noundef dereferenceable(1) %p) {
entry:
  store i8 0, ptr %p, align 1
  ret i32 1
}
;; target
define i32 @f(ptr noundef dereferenceable(1) %p) {
entry:
  store i8 undef, ptr %p, align 1
  %v = load i8, ptr %p, align 1
  store i8 0, ptr %p, align 1
  %c = icmp eq i8 %v, 0
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 1
}

;; pair: target branches on a phi whose incoming value is undef on one edge (UB on that edge)
;; expect: wrong
;; source
define i32 @f(i1 noundef %c) {
entry:
  ret i32 1
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i1 [ undef, %a ], [ false, %b ]
  br i1 %p, label %t, label %e
t:
  ret i32 1
e:
  ret i32 1
}

;; pair: target branches on select c, undef, false (UB when c is true)
;; expect: wrong
;; source
define i32 @f(i1 noundef %c) {
entry:
  ret i32 1
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  %s = select i1 %c, i1 undef, i1 false
  br i1 %s, label %t, label %e
t:
  ret i32 1
e:
  ret i32 1
}

;; pair: target branches on a field of an undef struct (UB)
;; expect: wrong
;; source
define i32 @f() {
entry:
  ret i32 1
}
;; target
define i32 @f() {
entry:
  %s = insertvalue { i1, i1 } undef, i1 true, 1
  %c = extractvalue { i1, i1 } %s, 0
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 1
}

;; pair: target branches on an undef lane of a vector constant (UB)
;; expect: wrong
;; source
define i32 @f() {
entry:
  ret i32 1
}
;; target
define i32 @f() {
entry:
  %c = extractelement <2 x i1> <i1 undef, i1 true>, i32 0
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 1
}

;; pair: target branches on a bitcast of a vector with an undef lane (UB)
;; expect: wrong
;; source
define i32 @f() {
entry:
  ret i32 1
}
;; target
define i32 @f() {
entry:
  %b = bitcast <8 x i1> <i1 undef, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true> to i8
  %c = icmp eq i8 %b, -1
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 1
}

;; pair: target switches on an undef value loaded from a local in a loop (UB)
;; expect: wrong
;; source
define i32 @f() {
entry:
  ret i32 2
}
;; target
define i32 @f() {
entry:
  %a = alloca i32, align 4
  store i32 undef, ptr %a, align 4
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 2
  br i1 %c, label %loop, label %exit
exit:
  %v = load i32, ptr %a, align 4
  switch i32 %v, label %d [ i32 0, label %d ]
d:
  ret i32 2
}

;; pair: target divides by an undef value loaded back from a pointer argument (UB: may be 0)
;; expect: wrong
;; source
define i32 @f(ptr noundef dereferenceable(4) align 4 %p, i32 noundef %x) {
  store i32 1, ptr %p, align 4
  ret i32 %x
}
;; target
define i32 @f(ptr noundef dereferenceable(4) align 4 %p, i32 noundef %x) {
  store i32 undef, ptr %p, align 4
  %d = load i32, ptr %p, align 4
  %q = udiv i32 %x, %d
  store i32 1, ptr %p, align 4
  %r = mul i32 %q, 0
  %s = add i32 %r, %x
  ret i32 %s
}

;; pair: target passes a noundef argument loaded from a local holding undef (UB)
;; expect: wrong
;; source
declare void @g(i32)
define void @f() {
  call void @g(i32 0)
  ret void
}
;; target
declare void @g(i32)
define void @f() {
  %a = alloca i32, align 4
  store i32 undef, ptr %a, align 4
  %v = load i32, ptr %a, align 4
  call void @g(i32 noundef %v)
  ret void
}

;; pair: target returns noundef a value loaded from a local holding undef (UB)
;; expect: wrong
;; source
define noundef i32 @f() {
  ret i32 0
}
;; target
define noundef i32 @f() {
  %a = alloca i32, align 4
  store i32 undef, ptr %a, align 4
  %v = load i32, ptr %a, align 4
  ret i32 %v
}

;; pair: target returns noundef a frozen load of a local holding undef (defined)
;; expect: right
;; source
define noundef i32 @f() {
  ret i32 0
}
;; target
define noundef i32 @f() {
  %a = alloca i32, align 4
  store i32 undef, ptr %a, align 4
  %v = load i32, ptr %a, align 4
  %fv = freeze i32 %v
  %r = and i32 %fv, 0
  ret i32 %r
}

;; pair: target branches on the high byte of an i32 built by storing an undef i8 into its low byte only
;; expect: right
;; source
define i32 @f() {
entry:
  ret i32 1
}
;; target
define i32 @f() {
entry:
  %a = alloca i32, align 4
  store i32 0, ptr %a, align 4
  store i8 undef, ptr %a, align 1
  %v = load i32, ptr %a, align 4
  %h = lshr i32 %v, 24
  %c = icmp eq i32 %h, 0
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 2
}

;; pair: target branches on the low byte of an i32 whose low byte was overwritten with undef (UB)
;; expect: wrong
;; source
define i32 @f() {
entry:
  ret i32 1
}
;; target
define i32 @f() {
entry:
  %a = alloca i32, align 4
  store i32 0, ptr %a, align 4
  store i8 undef, ptr %a, align 1
  %v = load i32, ptr %a, align 4
  %l = and i32 %v, 255
  %c = icmp eq i32 %l, 0
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 1
}

;; pair: target passes noundef (and undef-loaded, 0) = 0 (defined), same as the source
;; expect: right
;; source
declare void @g(i32)
define void @f() {
  call void @g(i32 0)
  ret void
}
;; target
declare void @g(i32)
define void @f() {
  %a = alloca i32, align 4
  store i32 undef, ptr %a, align 4
  %v = load i32, ptr %a, align 4
  %w = and i32 %v, 0
  call void @g(i32 noundef %w)
  ret void
}
