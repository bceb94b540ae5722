; bounded loops: LICM of UB instructions out of zero-trip loops, rotation, early exits, exit values, peeling.

;; pair: udiv hoisted out of a loop that may run zero times (trip count n & 3)
;; expect: wrong
;; source
define i32 @f(i32 noundef %n, i32 noundef %x, i32 noundef %y) {
entry:
  %m = and i32 %n, 3
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %s = phi i32 [ 0, %entry ], [ %s1, %body ]
  %c = icmp ult i32 %i, %m
  br i1 %c, label %body, label %exit
body:
  %d = udiv i32 %x, %y
  %s1 = add i32 %s, %d
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}
;; target
define i32 @f(i32 noundef %n, i32 noundef %x, i32 noundef %y) {
entry:
  %m = and i32 %n, 3
  %d = udiv i32 %x, %y
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %s = phi i32 [ 0, %entry ], [ %s1, %body ]
  %c = icmp ult i32 %i, %m
  br i1 %c, label %body, label %exit
body:
  %s1 = add i32 %s, %d
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}

;; pair: udiv hoisted out of a loop into a guarded preheader (only when the loop runs)
;; expect: proved
;; source
define i32 @f(i32 noundef %n, i32 noundef %x, i32 noundef %y) {
entry:
  %m = and i32 %n, 3
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %s = phi i32 [ 0, %entry ], [ %s1, %body ]
  %c = icmp ult i32 %i, %m
  br i1 %c, label %body, label %exit
body:
  %d = udiv i32 %x, %y
  %s1 = add i32 %s, %d
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}
;; target
define i32 @f(i32 noundef %n, i32 noundef %x, i32 noundef %y) {
entry:
  %m = and i32 %n, 3
  %z = icmp eq i32 %m, 0
  br i1 %z, label %exit0, label %pre
pre:
  %d = udiv i32 %x, %y
  %r = mul i32 %d, %m
  ret i32 %r
exit0:
  ret i32 0
}

;; pair: loop rotation: while loop turned into a guarded do-while
;; expect: proved
;; source
define i32 @f(i32 noundef %n) {
entry:
  %m = and i32 %n, 3
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %s = phi i32 [ 0, %entry ], [ %s1, %body ]
  %c = icmp ult i32 %i, %m
  br i1 %c, label %body, label %exit
body:
  %s1 = add i32 %s, %i
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}
;; target
define i32 @f(i32 noundef %n) {
entry:
  %m = and i32 %n, 3
  %g = icmp ne i32 %m, 0
  br i1 %g, label %body, label %exit
body:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %s = phi i32 [ 0, %entry ], [ %s1, %body ]
  %s1 = add i32 %s, %i
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, %m
  br i1 %c, label %body, label %exit
exit:
  %r = phi i32 [ 0, %entry ], [ %s1, %body ]
  ret i32 %r
}

;; pair: loop rotation without the guard (the body runs once even when n & 3 is 0)
;; expect: wrong
;; source
define i32 @f(i32 noundef %n) {
entry:
  %m = and i32 %n, 3
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %s = phi i32 [ 0, %entry ], [ %s1, %body ]
  %c = icmp ult i32 %i, %m
  br i1 %c, label %body, label %exit
body:
  %s1 = add i32 %s, 5
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}
;; target
define i32 @f(i32 noundef %n) {
entry:
  %m = and i32 %n, 3
  br label %body
body:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %s = phi i32 [ 0, %entry ], [ %s1, %body ]
  %s1 = add i32 %s, 5
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, %m
  br i1 %c, label %body, label %exit
exit:
  ret i32 %s1
}

;; pair: loop sum folded to a closed form: sum of 0..m-1 for m = n & 3
;; expect: proved
;; source
define i32 @f(i32 noundef %n) {
entry:
  %m = and i32 %n, 3
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %s = phi i32 [ 0, %entry ], [ %s1, %body ]
  %c = icmp ult i32 %i, %m
  br i1 %c, label %body, label %exit
body:
  %s1 = add i32 %s, %i
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}
;; target
define i32 @f(i32 noundef %n) {
entry:
  %m = and i32 %n, 3
  %m1 = add i32 %m, -1
  %p = mul i32 %m, %m1
  %r = lshr i32 %p, 1
  ret i32 %r
}

;; pair: loop exit value of the induction variable is the trip count
;; expect: proved
;; source
define i32 @f(i32 noundef %n) {
entry:
  %m = and i32 %n, 3
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %c = icmp ult i32 %i, %m
  br i1 %c, label %body, label %exit
body:
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %i
}
;; target
define i32 @f(i32 noundef %n) {
entry:
  %m = and i32 %n, 3
  ret i32 %m
}

;; pair: do-while exit value is max(trip, 1), target returns the trip count
;; expect: wrong
;; source
define i32 @f(i32 noundef %n) {
entry:
  %m = and i32 %n, 3
  br label %body
body:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, %m
  br i1 %c, label %body, label %exit
exit:
  ret i32 %i1
}
;; target
define i32 @f(i32 noundef %n) {
entry:
  %m = and i32 %n, 3
  ret i32 %m
}

;; pair: search loop with an early exit returns the first matching index
;; expect: proved
;; source
define i32 @f(i32 noundef %x) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %latch ]
  %c = icmp ult i32 %i, 4
  br i1 %c, label %body, label %notfound
body:
  %sh = shl i32 %i, 3
  %v = lshr i32 %x, %sh
  %b = and i32 %v, 255
  %z = icmp eq i32 %b, 0
  br i1 %z, label %found, label %latch
latch:
  %i1 = add i32 %i, 1
  br label %head
found:
  ret i32 %i
notfound:
  ret i32 4
}
;; target
declare i32 @llvm.cttz.i32(i32, i1)
define i32 @f(i32 noundef %x) {
entry:
  %b0 = and i32 %x, 255
  %z0 = icmp eq i32 %b0, 0
  br i1 %z0, label %r0, label %t1
t1:
  %b1 = and i32 %x, 65280
  %z1 = icmp eq i32 %b1, 0
  br i1 %z1, label %r1, label %t2
t2:
  %b2 = and i32 %x, 16711680
  %z2 = icmp eq i32 %b2, 0
  br i1 %z2, label %r2, label %t3
t3:
  %b3 = and i32 %x, -16777216
  %z3 = icmp eq i32 %b3, 0
  %r = select i1 %z3, i32 3, i32 4
  ret i32 %r
r0:
  ret i32 0
r1:
  ret i32 1
r2:
  ret i32 2
}

;; pair: search loop with an early exit, target returns the last matching index instead of the first
;; expect: wrong
;; source
define i32 @f(i32 noundef %x) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %latch ]
  %c = icmp ult i32 %i, 4
  br i1 %c, label %body, label %notfound
body:
  %sh = shl i32 %i, 3
  %v = lshr i32 %x, %sh
  %b = and i32 %v, 255
  %z = icmp eq i32 %b, 0
  br i1 %z, label %found, label %latch
latch:
  %i1 = add i32 %i, 1
  br label %head
found:
  ret i32 %i
notfound:
  ret i32 4
}
;; target
define i32 @f(i32 noundef %x) {
entry:
  br label %head
head:
  %i = phi i32 [ 3, %entry ], [ %i1, %latch ]
  %c = icmp sge i32 %i, 0
  br i1 %c, label %body, label %notfound
body:
  %sh = shl i32 %i, 3
  %v = lshr i32 %x, %sh
  %b = and i32 %v, 255
  %z = icmp eq i32 %b, 0
  br i1 %z, label %found, label %latch
latch:
  %i1 = add i32 %i, -1
  br label %head
found:
  ret i32 %i
notfound:
  ret i32 4
}

;; pair: a load hoisted out of a loop that may run zero times
;; expect: wrong
;; source
define i32 @f(i32 noundef %n, ptr noundef %p) {
entry:
  %m = and i32 %n, 3
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %s = phi i32 [ 0, %entry ], [ %s1, %body ]
  %c = icmp ult i32 %i, %m
  br i1 %c, label %body, label %exit
body:
  %v = load i32, ptr %p, align 4
  %s1 = add i32 %s, %v
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}
;; target
define i32 @f(i32 noundef %n, ptr noundef %p) {
entry:
  %m = and i32 %n, 3
  %v = load i32, ptr %p, align 4
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %s = phi i32 [ 0, %entry ], [ %s1, %body ]
  %c = icmp ult i32 %i, %m
  br i1 %c, label %body, label %exit
body:
  %s1 = add i32 %s, %v
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}

;; pair: a load hoisted out of a loop through a dereferenceable pointer (speculatable)
;; expect: proved
;; source
define i32 @f(i32 noundef %n, ptr noundef dereferenceable(4) align 4 %p) {
entry:
  %m = and i32 %n, 3
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %s = phi i32 [ 0, %entry ], [ %s1, %body ]
  %c = icmp ult i32 %i, %m
  br i1 %c, label %body, label %exit
body:
  %v = load i32, ptr %p, align 4
  %s1 = add i32 %s, %v
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}
;; target
define i32 @f(i32 noundef %n, ptr noundef dereferenceable(4) align 4 %p) {
entry:
  %m = and i32 %n, 3
  %v = load i32, ptr %p, align 4
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %s = phi i32 [ 0, %entry ], [ %s1, %body ]
  %c = icmp ult i32 %i, %m
  br i1 %c, label %body, label %exit
body:
  %s1 = add i32 %s, %v
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}

;; pair: a store sunk out of a loop that may run zero times (the target stores even when the loop does not run)
;; expect: wrong
;; source
define void @f(i32 noundef %n, ptr noundef %p) {
entry:
  %m = and i32 %n, 3
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %c = icmp ult i32 %i, %m
  br i1 %c, label %body, label %exit
body:
  store i32 %i, ptr %p, align 4
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret void
}
;; target
define void @f(i32 noundef %n, ptr noundef %p) {
entry:
  %m = and i32 %n, 3
  %last = add i32 %m, -1
  store i32 %last, ptr %p, align 4
  ret void
}

;; pair: stores in a loop sunk to one store of the last value, guarded by the trip count
;; expect: proved
;; source
define void @f(i32 noundef %n, ptr noundef %p) {
entry:
  %m = and i32 %n, 3
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %c = icmp ult i32 %i, %m
  br i1 %c, label %body, label %exit
body:
  store i32 %i, ptr %p, align 4
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret void
}
;; target
define void @f(i32 noundef %n, ptr noundef %p) {
entry:
  %m = and i32 %n, 3
  %z = icmp eq i32 %m, 0
  br i1 %z, label %exit, label %st
st:
  %last = add i32 %m, -1
  store i32 %last, ptr %p, align 4
  br label %exit
exit:
  ret void
}

;; pair: loop peeling of the first iteration
;; expect: proved
;; source
define i32 @f(i32 noundef %n, i32 noundef %x) {
entry:
  %m = and i32 %n, 3
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %s = phi i32 [ %x, %entry ], [ %s1, %body ]
  %c = icmp ult i32 %i, %m
  br i1 %c, label %body, label %exit
body:
  %s1 = mul i32 %s, 3
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}
;; target
define i32 @f(i32 noundef %n, i32 noundef %x) {
entry:
  %m = and i32 %n, 3
  %c0 = icmp ult i32 0, %m
  br i1 %c0, label %peel, label %exit
peel:
  %s0 = mul i32 %x, 3
  br label %head
head:
  %i = phi i32 [ 1, %peel ], [ %i1, %body ]
  %s = phi i32 [ %s0, %peel ], [ %s1, %body ]
  %c = icmp ult i32 %i, %m
  br i1 %c, label %body, label %exit
body:
  %s1 = mul i32 %s, 3
  %i1 = add i32 %i, 1
  br label %head
exit:
  %r = phi i32 [ %x, %entry ], [ %s, %head ]
  ret i32 %r
}

;; pair: a loop with a poison value on the first iteration's phi only used after one iteration (not observed)
;; expect: proved
;; source
define i32 @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %v = phi i32 [ poison, %entry ], [ %i, %loop ]
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %i1, 3
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %v
}
;; target
define i32 @f() {
entry:
  ret i32 1
}

;; pair: a loop whose exit compares a poison-carrying phi: UB at the branch on the first iteration only if used
;; expect: proved
;; source
define i32 @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %v = phi i32 [ poison, %entry ], [ %i, %loop ]
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %v, 2
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %i
}
;; target
define i32 @f() {
entry:
  ret i32 99
}

;; pair: loop unswitching on an invariant maybe-poison condition the loop may never test (zero-trip)
;; expect: wrong
;; source
define i32 @f(i32 noundef %n, i1 %c) {
entry:
  %m = and i32 %n, 3
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %latch ]
  %s = phi i32 [ 0, %entry ], [ %s1, %latch ]
  %lc = icmp ult i32 %i, %m
  br i1 %lc, label %body, label %exit
body:
  br i1 %c, label %a, label %b
a:
  br label %latch
b:
  br label %latch
latch:
  %k = phi i32 [ 1, %a ], [ 2, %b ]
  %s1 = add i32 %s, %k
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}
;; target
define i32 @f(i32 noundef %n, i1 %c) {
entry:
  %m = and i32 %n, 3
  %k = select i1 %c, i32 1, i32 2
  br i1 %c, label %pre, label %pre
pre:
  %r = mul i32 %k, %m
  ret i32 %r
}

;; pair: loop unswitching on a frozen invariant condition
;; expect: proved
;; source
define i32 @f(i32 noundef %n, i1 %c) {
entry:
  %m = and i32 %n, 3
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %latch ]
  %s = phi i32 [ 0, %entry ], [ %s1, %latch ]
  %lc = icmp ult i32 %i, %m
  br i1 %lc, label %body, label %exit
body:
  br i1 %c, label %a, label %b
a:
  br label %latch
b:
  br label %latch
latch:
  %k = phi i32 [ 1, %a ], [ 2, %b ]
  %s1 = add i32 %s, %k
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}
;; target
define i32 @f(i32 noundef %n, i1 %c) {
entry:
  %m = and i32 %n, 3
  %fc = freeze i1 %c
  br i1 %fc, label %pa, label %pb
pa:
  ret i32 %m
pb:
  %r = mul i32 2, %m
  ret i32 %r
}

;; pair: a loop counting down in i8 from 0 wraps to 255 and keeps going (4 iterations), target says it exits after one
;; expect: wrong
;; source
define i8 @f() {
entry:
  br label %loop
loop:
  %i = phi i8 [ 0, %entry ], [ %i1, %loop ]
  %n = phi i8 [ 0, %entry ], [ %n1, %loop ]
  %n1 = add i8 %n, 1
  %i1 = sub i8 %i, 1
  %c = icmp ugt i8 %i1, 252
  br i1 %c, label %loop, label %exit
exit:
  ret i8 %n1
}
;; target
define i8 @f() {
entry:
  ret i8 1
}

;; pair: a nested loop 2x2 counter
;; expect: proved
;; source
define i32 @f() {
entry:
  br label %outer
outer:
  %i = phi i32 [ 0, %entry ], [ %i1, %olatch ]
  %s = phi i32 [ 0, %entry ], [ %s2, %olatch ]
  br label %inner
inner:
  %j = phi i32 [ 0, %outer ], [ %j1, %inner ]
  %t = phi i32 [ %s, %outer ], [ %t1, %inner ]
  %ij = mul i32 %i, 10
  %v = add i32 %ij, %j
  %t1 = add i32 %t, %v
  %j1 = add i32 %j, 1
  %jc = icmp ult i32 %j1, 2
  br i1 %jc, label %inner, label %olatch
olatch:
  %s2 = phi i32 [ %t1, %inner ]
  %i1 = add i32 %i, 1
  %ic = icmp ult i32 %i1, 2
  br i1 %ic, label %outer, label %exit
exit:
  ret i32 %s2
}
;; target
define i32 @f() {
entry:
  ret i32 22
}

;; pair: a nested loop 2x2 counter, target's sum off by the inner index
;; expect: wrong
;; source
define i32 @f() {
entry:
  br label %outer
outer:
  %i = phi i32 [ 0, %entry ], [ %i1, %olatch ]
  %s = phi i32 [ 0, %entry ], [ %s2, %olatch ]
  br label %inner
inner:
  %j = phi i32 [ 0, %outer ], [ %j1, %inner ]
  %t = phi i32 [ %s, %outer ], [ %t1, %inner ]
  %ij = mul i32 %i, 10
  %v = add i32 %ij, %j
  %t1 = add i32 %t, %v
  %j1 = add i32 %j, 1
  %jc = icmp ult i32 %j1, 2
  br i1 %jc, label %inner, label %olatch
olatch:
  %s2 = phi i32 [ %t1, %inner ]
  %i1 = add i32 %i, 1
  %ic = icmp ult i32 %i1, 2
  br i1 %ic, label %outer, label %exit
exit:
  ret i32 %s2
}
;; target
define i32 @f() {
entry:
  ret i32 20
}
