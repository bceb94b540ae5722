; control flow: switch, phi, unreachable, select vs branch, loops, assume, expect, objectsize.

;; pair: select on a maybe-poison condition turned into a branch
;; expect: wrong
;; source
define i32 @f(i1 %c) {
  %r = select i1 %c, i32 1, i32 2
  ret i32 %r
}
;; target
define i32 @f(i1 %c) {
  br i1 %c, label %a, label %b
a:
  ret i32 1
b:
  ret i32 2
}

;; pair: select turned into a branch on the frozen condition
;; expect: proved
;; source
define i32 @f(i1 %c) {
  %r = select i1 %c, i32 1, i32 2
  ret i32 %r
}
;; target
define i32 @f(i1 %c) {
  %fc = freeze i1 %c
  br i1 %fc, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %r = phi i32 [ 1, %a ], [ 2, %b ]
  ret i32 %r
}

;; pair: switch with a case folded into the default, wrong value
;; expect: wrong
;; source
define i32 @f(i32 noundef %x) {
  switch i32 %x, label %d [ i32 0, label %a
                            i32 5, label %b ]
a:
  ret i32 10
b:
  ret i32 20
d:
  ret i32 30
}
;; target
define i32 @f(i32 noundef %x) {
  %c = icmp eq i32 %x, 0
  %r = select i1 %c, i32 10, i32 30
  ret i32 %r
}

;; pair: switch lowered to a compare chain
;; expect: proved
;; source
define i32 @f(i32 noundef %x) {
  switch i32 %x, label %d [ i32 0, label %a
                            i32 -1, label %b ]
a:
  ret i32 10
b:
  ret i32 20
d:
  ret i32 30
}
;; target
define i32 @f(i32 noundef %x) {
  %c0 = icmp eq i32 %x, 0
  %cm = icmp eq i32 %x, -1
  %r1 = select i1 %cm, i32 20, i32 30
  %r = select i1 %c0, i32 10, i32 %r1
  ret i32 %r
}

;; pair: switch on i8 with case 255 written as -1 reached by 255
;; expect: wrong
;; source
define i32 @f(i8 noundef %x) {
  switch i8 %x, label %d [ i8 -1, label %a ]
a:
  ret i32 1
d:
  ret i32 0
}
;; target
define i32 @f(i8 noundef %x) {
  %c = icmp eq i8 %x, 127
  %r = zext i1 %c to i32
  ret i32 %r
}

;; pair: a default that is unreachable lets the switch become its only case
;; expect: proved
;; source
define i32 @f(i32 %x) {
  switch i32 %x, label %d [ i32 3, label %a ]
a:
  ret i32 7
d:
  unreachable
}
;; target
define i32 @f(i32 %x) {
  ret i32 7
}

;; pair: an unreachable default removed, but another case was reachable
;; expect: wrong
;; source
define i32 @f(i32 noundef %x) {
  switch i32 %x, label %d [ i32 3, label %a
                            i32 4, label %b ]
a:
  ret i32 7
b:
  ret i32 8
d:
  unreachable
}
;; target
define i32 @f(i32 noundef %x) {
  ret i32 7
}

;; pair: phi with the same predecessor listed twice for a switch with two cases to one block
;; expect: proved
;; source
define i32 @f(i32 noundef %x) {
entry:
  switch i32 %x, label %d [ i32 1, label %m
                            i32 2, label %m ]
d:
  br label %m
m:
  %r = phi i32 [ 5, %entry ], [ 5, %entry ], [ 6, %d ]
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x) {
  %a = add i32 %x, -1
  %c = icmp ult i32 %a, 2
  %r = select i1 %c, i32 5, i32 6
  ret i32 %r
}

;; pair: a bounded loop summing 0..3 folded to 6
;; expect: proved
;; source
define i32 @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]
  %s1 = add i32 %s, %i
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 4
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %s1
}
;; target
define i32 @f() {
  ret i32 6
}

;; pair: a bounded loop summing 0..3 folded to 10 (off by one)
;; expect: refuted
;; source
define i32 @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]
  %s1 = add i32 %s, %i
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 4
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %s1
}
;; target
define i32 @f() {
  ret i32 10
}

;; pair: an infinite loop without side effects removed (function not mustprogress)
;; expect: wrong
;; source
define i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %loop, label %exit
loop:
  br label %loop
exit:
  ret i32 0
}
;; target
define i32 @f(i1 noundef %c) {
  ret i32 0
}

;; pair: an infinite loop in a mustprogress function removed
;; expect: right
;; source
define i32 @f(i1 noundef %c) mustprogress {
entry:
  br i1 %c, label %loop, label %exit
loop:
  br label %loop
exit:
  ret i32 0
}
;; target
define i32 @f(i1 noundef %c) mustprogress {
  ret i32 0
}

;; pair: a loop that runs 2^32 times with no side effect removed (it terminates)
;; expect: right
;; source
define i32 @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  %c = icmp ne i32 %i1, 0
  br i1 %c, label %loop, label %exit
exit:
  ret i32 0
}
;; target
define i32 @f() {
  ret i32 0
}

;; pair: a loop counting down from a noundef n to 0 with a call each time: calls kept
;; expect: wrong
;; source
declare void @g()
define void @f(i8 noundef %n) {
entry:
  %z = icmp eq i8 %n, 0
  br i1 %z, label %exit, label %loop
loop:
  %i = phi i8 [ %n, %entry ], [ %i1, %loop ]
  call void @g()
  %i1 = add i8 %i, -1
  %c = icmp ne i8 %i1, 0
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
;; target
declare void @g()
define void @f(i8 noundef %n) {
entry:
  %z = icmp eq i8 %n, 0
  br i1 %z, label %exit, label %loop
loop:
  call void @g()
  br label %exit
exit:
  ret void
}

;; pair: llvm.assume of x > 5 lets x > 3 fold to true
;; expect: proved
;; source
declare void @llvm.assume(i1)
define i1 @f(i32 %x) {
  %a = icmp sgt i32 %x, 5
  call void @llvm.assume(i1 %a)
  %c = icmp sgt i32 %x, 3
  ret i1 %c
}
;; target
declare void @llvm.assume(i1)
define i1 @f(i32 %x) {
  %a = icmp sgt i32 %x, 5
  call void @llvm.assume(i1 %a)
  ret i1 true
}

;; pair: llvm.assume dropped by the target after it was used to fold
;; expect: right
;; source
declare void @llvm.assume(i1)
define i1 @f(i32 %x) {
  %a = icmp sgt i32 %x, 5
  call void @llvm.assume(i1 %a)
  %c = icmp sgt i32 %x, 3
  ret i1 %c
}
;; target
define i1 @f(i32 %x) {
  ret i1 true
}

;; pair: target adds an assume that the source does not justify
;; expect: wrong
;; source
declare void @llvm.assume(i1)
define i32 @f(i32 %x) {
  ret i32 %x
}
;; target
declare void @llvm.assume(i1)
define i32 @f(i32 %x) {
  %a = icmp ne i32 %x, 0
  call void @llvm.assume(i1 %a)
  ret i32 %x
}

;; pair: an assume placed after a call that may not return, hoisted above it
;; expect: wrong
;; source
declare void @llvm.assume(i1)
declare void @g()
define void @f(i32 %x) {
  call void @g()
  %a = icmp ne i32 %x, 0
  call void @llvm.assume(i1 %a)
  ret void
}
;; target
declare void @llvm.assume(i1)
declare void @g()
define void @f(i32 %x) {
  %a = icmp ne i32 %x, 0
  call void @llvm.assume(i1 %a)
  call void @g()
  ret void
}

;; pair: llvm.expect returns its first argument
;; expect: proved
;; source
declare i64 @llvm.expect.i64(i64, i64)
define i64 @f(i64 %x) {
  %e = call i64 @llvm.expect.i64(i64 %x, i64 1)
  ret i64 %e
}
;; target
define i64 @f(i64 %x) {
  ret i64 %x
}

;; pair: llvm.expect replaced by its expected value
;; expect: wrong
;; source
declare i64 @llvm.expect.i64(i64, i64)
define i64 @f(i64 %x) {
  %e = call i64 @llvm.expect.i64(i64 %x, i64 1)
  ret i64 %e
}
;; target
define i64 @f(i64 %x) {
  ret i64 1
}

;; pair: llvm.expect.with.probability replaced by its expected value
;; expect: wrong
;; source
declare i64 @llvm.expect.with.probability.i64(i64, i64, double)
define i64 @f(i64 %x) {
  %e = call i64 @llvm.expect.with.probability.i64(i64 %x, i64 1, double 0.9)
  ret i64 %e
}
;; target
define i64 @f(i64 %x) {
  ret i64 1
}

;; pair: llvm.objectsize of an 8-byte local folded to 8
;; expect: right
;; source
declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)
define i64 @f() {
  %a = alloca [8 x i8], align 1
  %s = call i64 @llvm.objectsize.i64.p0(ptr %a, i1 false, i1 false, i1 false)
  ret i64 %s
}
;; target
define i64 @f() {
  ret i64 8
}

;; pair: llvm.objectsize of an 8-byte local folded to 16
;; expect: wrong
;; source
declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)
define i64 @f() {
  %a = alloca [8 x i8], align 1
  %s = call i64 @llvm.objectsize.i64.p0(ptr %a, i1 false, i1 false, i1 false)
  ret i64 %s
}
;; target
define i64 @f() {
  ret i64 16
}

;; pair: unreachable reached on one arm: the branch folded to the other arm
;; expect: proved
;; source
define i32 @f(i1 %c) {
  br i1 %c, label %a, label %b
a:
  unreachable
b:
  ret i32 4
}
;; target
define i32 @f(i1 %c) {
  ret i32 4
}

;; pair: an arm with a call before unreachable is not dead
;; expect: wrong
;; source
declare void @g()
define i32 @f(i1 noundef %c) {
  br i1 %c, label %a, label %b
a:
  call void @g()
  unreachable
b:
  ret i32 4
}
;; target
declare void @g()
define i32 @f(i1 noundef %c) {
  ret i32 4
}
