; undef-derived values that are nonetheless fixed (and undef, 0 is 0; icmp ult undef, 0 is false): branching on
; them, switching on them, returning them noundef or passing them noundef is defined. Poison does not get this
; treatment (and poison, 0 is poison).

;; pair: br on (icmp ult undef, 0) is a branch on false (defined), target takes the true arm
;; expect: wrong
;; source
define i32 @f() {
entry:
  %c = icmp ult i32 undef, 0
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 2
}
;; target
define i32 @f() {
entry:
  ret i32 1
}

;; pair: br on (icmp ult undef, 0) is a branch on false, target takes the false arm
;; expect: proved
;; source
define i32 @f() {
entry:
  %c = icmp ult i32 undef, 0
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 2
}
;; target
define i32 @f() {
entry:
  ret i32 2
}

;; pair: br on (and undef, false) is defined, target takes the true arm
;; expect: wrong
;; source
define i32 @f() {
entry:
  %c = and i1 undef, false
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 2
}
;; target
define i32 @f() {
entry:
  ret i32 1
}

;; pair: br on (or c, true) of a maybe-undef c (not poison: noundef fails) is defined... c is a frozen undef
;; expect: wrong
;; source
define i32 @f() {
entry:
  %c = or i1 undef, true
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 2
}
;; target
define i32 @f() {
entry:
  ret i32 2
}

;; pair: br on (and c, false) of a maybe-poison c is UB when c is poison, target returns the false arm always
;; expect: proved
;; source
define i32 @f(i1 %c) {
entry:
  %d = and i1 %c, false
  br i1 %d, label %t, label %e
t:
  ret i32 1
e:
  ret i32 2
}
;; target
define i32 @f(i1 %c) {
entry:
  ret i32 2
}

;; pair: switch on (and undef, 0) is a switch on 0, target takes the default
;; expect: wrong
;; source
define i32 @f() {
entry:
  %x = and i32 undef, 0
  switch i32 %x, label %d [ i32 0, label %z ]
z:
  ret i32 1
d:
  ret i32 2
}
;; target
define i32 @f() {
entry:
  ret i32 2
}

;; pair: switch on (and undef, 1) may be 0 or 1 and is UB, target returns anything
;; expect: proved
;; source
define i32 @f() {
entry:
  %x = and i32 undef, 1
  switch i32 %x, label %d [ i32 0, label %z ]
z:
  ret i32 1
d:
  ret i32 1
}
;; target
define i32 @f() {
entry:
  ret i32 7
}

;; pair: a noundef return of (and undef, 0) is 0, target returns 1
;; expect: wrong
;; source
define noundef i32 @f() {
  %x = and i32 undef, 0
  ret i32 %x
}
;; target
define noundef i32 @f() {
  ret i32 1
}

;; pair: a noundef return of (mul undef, 0) is 0
;; expect: wrong
;; source
define noundef i32 @f(i32 noundef %y) {
  %x = mul i32 undef, 0
  %r = add i32 %x, %y
  ret i32 %r
}
;; target
define noundef i32 @f(i32 noundef %y) {
  %r = add i32 %y, 1
  ret i32 %r
}

;; pair: a noundef argument of (and undef, 0) to a call is 0 (defined), target passes 1
;; expect: wrong
;; source
declare void @g(i32 noundef)
define void @f() {
  %x = and i32 undef, 0
  call void @g(i32 noundef %x)
  ret void
}
;; target
declare void @g(i32 noundef)
define void @f() {
  call void @g(i32 noundef 1)
  ret void
}

;; pair: a noundef return of (or undef, 1) is UB (undef may give 1 or 3...), target returns anything
;; expect: proved
;; source
define noundef i32 @f() {
  %x = or i32 undef, 1
  ret i32 %x
}
;; target
define noundef i32 @f() {
  ret i32 0
}

;; pair: udiv by (or undef, 1) is defined: target treats it as UB and returns anything
;; expect: wrong
;; source
define i32 @f(i32 noundef %x) {
  %d = or i32 undef, 1
  %q = udiv i32 %x, %d
  %r = icmp ule i32 %q, %x
  %z = zext i1 %r to i32
  ret i32 %z
}
;; target
define i32 @f(i32 noundef %x) {
  ret i32 0
}

;; pair: a load through gep p, (and undef, 0) reads p (defined)
;; expect: wrong
;; source
define i32 @f(ptr noundef dereferenceable(4) align 4 %p) {
  %o = and i64 undef, 0
  %q = getelementptr i8, ptr %p, i64 %o
  %v = load i32, ptr %q, align 4
  ret i32 %v
}
;; target
define i32 @f(ptr noundef dereferenceable(4) align 4 %p) {
  %v = load i32, ptr %p, align 4
  %r = add i32 %v, 1
  ret i32 %r
}

;; pair: br on (icmp eq (xor u, u), 0) where u is one undef register: xor of a register with itself may be anything
;; expect: proved
;; source
define i32 @f() {
entry:
  %u = add i32 undef, 0
  %x = xor i32 %u, %u
  %c = icmp eq i32 %x, 0
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 1
}
;; target
define i32 @f() {
entry:
  ret i32 5
}

;; pair: br on a frozen phi of undef and true: defined, target says always true arm
;; expect: right
;; source
define i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i1 [ undef, %a ], [ true, %b ]
  %fp = freeze i1 %p
  br i1 %fp, label %t, label %e
t:
  ret i32 1
e:
  ret i32 2
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  ret i32 1
}

;; pair: select on (icmp ult undef, 0) is the false arm
;; expect: wrong
;; source
define i32 @f(i32 noundef %x, i32 noundef %y) {
  %c = icmp ult i32 undef, 0
  %r = select i1 %c, i32 %x, i32 %y
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x, i32 noundef %y) {
  ret i32 %x
}

;; pair: llvm.assume of (or undef, true) is defined (true), target returns anything is wrong
;; expect: wrong
;; source
declare void @llvm.assume(i1)
define i32 @f(i32 noundef %x) {
  %c = or i1 undef, true
  call void @llvm.assume(i1 %c)
  ret i32 %x
}
;; target
declare void @llvm.assume(i1)
define i32 @f(i32 noundef %x) {
  ret i32 0
}

;; pair: llvm.assume of undef is UB (its operand is noundef), target returns anything
;; expect: proved
;; source
declare void @llvm.assume(i1)
define i32 @f(i32 noundef %x) {
  call void @llvm.assume(i1 undef)
  ret i32 %x
}
;; target
declare void @llvm.assume(i1)
define i32 @f(i32 noundef %x) {
  ret i32 0
}

;; pair: llvm.assume of a poison condition is UB, target returns anything
;; expect: proved
;; source
declare void @llvm.assume(i1)
define i32 @f(i32 noundef %x) {
  %y = add nsw i32 %x, 1
  %c = icmp sgt i32 %y, %x
  call void @llvm.assume(i1 %c)
  ret i32 %x
}
;; target
declare void @llvm.assume(i1)
define i32 @f(i32 noundef %x) {
  %c = icmp ne i32 %x, 2147483647
  call void @llvm.assume(i1 %c)
  ret i32 %x
}

;; pair: target adds llvm.assume of a maybe-poison value
;; expect: wrong
;; source
declare void @llvm.assume(i1)
define i32 @f(i1 %c) {
  ret i32 0
}
;; target
declare void @llvm.assume(i1)
define i32 @f(i1 %c) {
  %d = or i1 %c, true
  call void @llvm.assume(i1 %d)
  ret i32 0
}

;; pair: llvm.expect on a branch condition is transparent
;; expect: proved
;; source
declare i1 @llvm.expect.i1(i1, i1)
define i32 @f(i1 %c) {
entry:
  %e = call i1 @llvm.expect.i1(i1 %c, i1 true)
  br i1 %e, label %t, label %f
t:
  ret i32 1
f:
  ret i32 2
}
;; target
define i32 @f(i1 %c) {
entry:
  %r = select i1 %c, i32 1, i32 2
  ret i32 %r
}

;; pair: llvm.expect of poison is poison: branch on it is UB
;; expect: proved
;; source
declare i64 @llvm.expect.i64(i64, i64)
define i32 @f() {
entry:
  %e = call i64 @llvm.expect.i64(i64 poison, i64 1)
  %c = icmp eq i64 %e, 1
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 2
}
;; target
define i32 @f() {
entry:
  ret i32 3
}
