; CFG shapes: loop bound edges, irreducible loops, dead blocks, self-referencing dead code, jump threading, tail duplication.

;; pair: a loop of exactly 4 iterations returns 4
;; expect: proved
;; source
define i32 @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 4
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %i1
}
;; target
define i32 @f() {
entry:
  ret i32 4
}

;; pair: a loop of exactly 5 iterations does not return 4
;; expect: wrong
;; source
define i32 @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 5
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %i1
}
;; target
define i32 @f() {
entry:
  ret i32 4
}

;; pair: a loop of exactly 17 iterations does not return 16
;; expect: wrong
;; source
define i32 @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 17
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %i1
}
;; target
define i32 @f() {
entry:
  ret i32 16
}

;; pair: a loop of exactly 65 iterations does not return 64
;; expect: wrong
;; source
define i32 @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 65
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %i1
}
;; target
define i32 @f() {
entry:
  ret i32 64
}

;; pair: a loop of exactly 64 iterations returns 64
;; expect: right
;; source
define i32 @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 64
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %i1
}
;; target
define i32 @f() {
entry:
  ret i32 64
}

;; pair: a loop whose 65th iteration is UB (division by zero on the way out), target returns 64
;; expect: right
;; source
define i32 @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 100
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %i1
}
;; target
define i32 @f() {
entry:
  ret i32 100
}

;; pair: a loop that only exits on its 100th iteration, target claims it returns 99
;; expect: wrong
;; source
define i32 @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 100
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %i1
}
;; target
define i32 @f() {
entry:
  ret i32 99
}

;; pair: an irreducible loop (two entries) counting to 3, target returns the right count
;; expect: right
;; source
define i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %a, label %b
a:
  %i = phi i32 [ 0, %entry ], [ %j1, %b ]
  %i1 = add i32 %i, 1
  br label %b
b:
  %j = phi i32 [ 10, %entry ], [ %i1, %a ]
  %j1 = add i32 %j, 1
  %d = icmp ult i32 %j1, 5
  br i1 %d, label %a, label %exit
exit:
  ret i32 %j1
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  %r = select i1 %c, i32 6, i32 11
  ret i32 %r
}

;; pair: an irreducible loop (two entries), target gets the count wrong when entered through a
;; expect: wrong
;; source
define i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %a, label %b
a:
  %i = phi i32 [ 0, %entry ], [ %j1, %b ]
  %i1 = add i32 %i, 1
  br label %b
b:
  %j = phi i32 [ 10, %entry ], [ %i1, %a ]
  %j1 = add i32 %j, 1
  %d = icmp ult i32 %j1, 5
  br i1 %d, label %a, label %exit
exit:
  ret i32 %j1
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  %r = select i1 %c, i32 5, i32 11
  ret i32 %r
}

;; pair: an irreducible loop entered at b with j = 0, target gets it wrong
;; expect: wrong
;; source
define i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %a, label %b
a:
  %i = phi i32 [ 0, %entry ], [ %j1, %b ]
  %i1 = add i32 %i, 1
  br label %b
b:
  %j = phi i32 [ 0, %entry ], [ %i1, %a ]
  %j1 = add i32 %j, 1
  %d = icmp ult i32 %j1, 5
  br i1 %d, label %a, label %exit
exit:
  ret i32 %j1
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  ret i32 6
}

;; pair: a dead block with a self-referencing instruction is ignored
;; expect: proved
;; source
define i32 @f(i32 %x) {
entry:
  ret i32 %x
dead:
  %y = add i32 %y, 1
  br label %dead
}
;; target
define i32 @f(i32 %x) {
entry:
  ret i32 %x
}

;; pair: a dead predecessor's phi entry is ignored, target returns the live incoming value
;; expect: proved
;; source
define i32 @f(i32 %x) {
entry:
  br label %m
dead:
  br label %m
m:
  %p = phi i32 [ %x, %entry ], [ 5, %dead ]
  ret i32 %p
}
;; target
define i32 @f(i32 %x) {
entry:
  ret i32 %x
}

;; pair: a dead predecessor's phi entry, target returns the dead one
;; expect: wrong
;; source
define i32 @f(i32 noundef %x) {
entry:
  br label %m
dead:
  br label %m
m:
  %p = phi i32 [ %x, %entry ], [ 5, %dead ]
  ret i32 %p
}
;; target
define i32 @f(i32 noundef %x) {
entry:
  ret i32 5
}

;; pair: a target with a dead block that would be UB if reached
;; expect: proved
;; source
define i32 @f(i32 %x) {
entry:
  ret i32 %x
}
;; target
define i32 @f(i32 %x) {
entry:
  ret i32 %x
dead:
  %d = udiv i32 1, 0
  unreachable
}

;; pair: jump threading through a phi of constants feeding a branch
;; expect: proved
;; source
define i32 @f(i1 noundef %c, i32 %x, i32 %y) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i1 [ true, %a ], [ false, %b ]
  br i1 %p, label %t, label %e
t:
  ret i32 %x
e:
  ret i32 %y
}
;; target
define i32 @f(i1 noundef %c, i32 %x, i32 %y) {
entry:
  br i1 %c, label %t, label %e
t:
  ret i32 %x
e:
  ret i32 %y
}

;; pair: jump threading through a phi with an undef incoming value (source UB on that edge)
;; expect: proved
;; source
define i32 @f(i1 noundef %c, i32 %x, i32 %y) {
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
  ret i32 %x
e:
  ret i32 %y
}
;; target
define i32 @f(i1 noundef %c, i32 %x, i32 %y) {
entry:
  ret i32 %y
}

;; pair: jump threading through a frozen phi with a poison incoming value picks an arm
;; expect: right
;; source
define i32 @f(i1 noundef %c, i32 %x, i32 %y) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i1 [ poison, %a ], [ false, %b ]
  %fp = freeze i1 %p
  br i1 %fp, label %t, label %e
t:
  ret i32 %x
e:
  ret i32 %y
}
;; target
define i32 @f(i1 noundef %c, i32 %x, i32 %y) {
entry:
  br i1 %c, label %t, label %e
t:
  ret i32 %x
e:
  ret i32 %y
}

;; pair: jump threading through a frozen phi with a poison incoming value, target returns neither arm
;; expect: wrong
;; source
define i32 @f(i1 noundef %c, i32 noundef %x, i32 noundef %y) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i1 [ poison, %a ], [ false, %b ]
  %fp = freeze i1 %p
  br i1 %fp, label %t, label %e
t:
  ret i32 %x
e:
  ret i32 %y
}
;; target
define i32 @f(i1 noundef %c, i32 noundef %x, i32 noundef %y) {
entry:
  br i1 %c, label %a, label %e
a:
  %s = add i32 %x, %y
  ret i32 %s
e:
  ret i32 %y
}

;; pair: jump threading wrong: an edge threaded to the block the phi value does not select
;; expect: wrong
;; source
define i32 @f(i1 noundef %c, i32 noundef %x, i32 noundef %y) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i1 [ true, %a ], [ false, %b ]
  br i1 %p, label %t, label %e
t:
  ret i32 %x
e:
  ret i32 %y
}
;; target
define i32 @f(i1 noundef %c, i32 noundef %x, i32 noundef %y) {
entry:
  br i1 %c, label %e, label %t
t:
  ret i32 %x
e:
  ret i32 %y
}

;; pair: jump threading on a condition implied by a dominating branch on the same value
;; expect: proved
;; source
define i32 @f(i32 noundef %x) {
entry:
  %c = icmp slt i32 %x, 0
  br i1 %c, label %neg, label %m
neg:
  br label %m
m:
  %v = phi i32 [ 1, %neg ], [ 2, %entry ]
  %c2 = icmp slt i32 %x, 0
  br i1 %c2, label %t, label %e
t:
  %r1 = add i32 %v, 10
  ret i32 %r1
e:
  ret i32 %v
}
;; target
define i32 @f(i32 noundef %x) {
entry:
  %c = icmp slt i32 %x, 0
  %r = select i1 %c, i32 11, i32 2
  ret i32 %r
}

;; pair: tail duplication of a return block into both predecessors
;; expect: right
;; source
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %ya = add i32 %x, 1
  br label %m
b:
  %yb = add i32 %x, 2
  br label %m
m:
  %p = phi i32 [ %ya, %a ], [ %yb, %b ]
  %r = mul i32 %p, 3
  ret i32 %r
}
;; target
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %ya = add i32 %x, 1
  %ra = mul i32 %ya, 3
  ret i32 %ra
b:
  %yb = add i32 %x, 2
  %rb = mul i32 %yb, 3
  ret i32 %rb
}

;; pair: tail duplication where one copy keeps a nuw flag only valid on the other path
;; expect: wrong
;; source
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %ya = lshr i32 %x, 1
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ %ya, %a ], [ %x, %b ]
  %r = add i32 %p, %p
  ret i32 %r
}
;; target
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %ya = lshr i32 %x, 1
  %ra = add nuw i32 %ya, %ya
  ret i32 %ra
b:
  %rb = add nuw i32 %x, %x
  ret i32 %rb
}

;; pair: tail duplication where the nuw flag is only added on the path that cannot overflow
;; expect: proved
;; source
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %ya = lshr i32 %x, 1
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ %ya, %a ], [ %x, %b ]
  %r = add i32 %p, %p
  ret i32 %r
}
;; target
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %ya = lshr i32 %x, 1
  %ra = add nuw i32 %ya, %ya
  ret i32 %ra
b:
  %rb = add i32 %x, %x
  ret i32 %rb
}

;; pair: a switch whose case targets the loop header (back edge through a switch)
;; expect: proved
;; source
define i32 @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  switch i32 %i1, label %loop [ i32 3, label %exit
                                i32 1, label %loop ]
exit:
  ret i32 %i1
}
;; target
define i32 @f() {
entry:
  ret i32 3
}

;; pair: a switch whose case targets the loop header, target returns the wrong exit value
;; expect: wrong
;; source
define i32 @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  switch i32 %i1, label %loop [ i32 3, label %exit
                                i32 1, label %loop ]
exit:
  ret i32 %i1
}
;; target
define i32 @f() {
entry:
  ret i32 2
}

;; pair: unreachable inside a loop after the first iteration makes the loop run at most once
;; expect: proved
;; source
define i32 @f(i32 noundef %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %latch ]
  %c = icmp ult i32 %i, %n
  br i1 %c, label %body, label %exit
body:
  %first = icmp eq i32 %i, 0
  br i1 %first, label %latch, label %bad
bad:
  unreachable
latch:
  %i1 = add i32 %i, 1
  br label %loop
exit:
  ret i32 %i
}
;; target
define i32 @f(i32 noundef %n) {
entry:
  %z = icmp eq i32 %n, 0
  %r = select i1 %z, i32 0, i32 1
  ret i32 %r
}
