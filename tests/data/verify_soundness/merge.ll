; joins of values with equal bits but different poison; memory(none) calls moved across paths; vectors built in loops.

;; pair: phi of add x, 1 and add nsw x, 1 (same bits, different poison) replaced by add nsw
;; expect: wrong
;; source
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %u = add i32 %x, 1
  br label %m
b:
  %v = add nsw i32 %x, 1
  br label %m
m:
  %p = phi i32 [ %u, %a ], [ %v, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  %p = add nsw i32 %x, 1
  ret i32 %p
}

;; pair: phi of add x, 1 and add nsw x, 1 replaced by add without flags
;; expect: proved
;; source
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %u = add i32 %x, 1
  br label %m
b:
  %v = add nsw i32 %x, 1
  br label %m
m:
  %p = phi i32 [ %u, %a ], [ %v, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  %p = add i32 %x, 1
  ret i32 %p
}

;; pair: select of add x, 1 and add nsw x, 1 replaced by add nsw
;; expect: wrong
;; source
define i32 @f(i1 noundef %c, i32 noundef %x) {
  %u = add i32 %x, 1
  %v = add nsw i32 %x, 1
  %p = select i1 %c, i32 %u, i32 %v
  ret i32 %p
}
;; target
define i32 @f(i1 noundef %c, i32 noundef %x) {
  %p = add nsw i32 %x, 1
  ret i32 %p
}

;; pair: stores of the same bits on two paths, one of them poison: merged into the poison store
;; expect: wrong
;; source
define void @f(i1 noundef %c, i32 noundef %x, ptr noundef dereferenceable(4) align 4 %p) {
entry:
  br i1 %c, label %a, label %b
a:
  %u = add i32 %x, 1
  store i32 %u, ptr %p, align 4
  br label %m
b:
  %v = add nsw i32 %x, 1
  store i32 %v, ptr %p, align 4
  br label %m
m:
  ret void
}
;; target
define void @f(i1 noundef %c, i32 noundef %x, ptr noundef dereferenceable(4) align 4 %p) {
entry:
  %v = add nsw i32 %x, 1
  store i32 %v, ptr %p, align 4
  ret void
}

;; pair: two paths return the same bits, one poison (nuw shl) and one not: target returns the poison one
;; expect: wrong
;; source
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %u = shl i32 %x, 1
  ret i32 %u
b:
  %v = shl nuw i32 %x, 1
  ret i32 %v
}
;; target
define i32 @f(i1 noundef %c, i32 noundef %x) {
entry:
  %v = shl nuw i32 %x, 1
  ret i32 %v
}

;; pair: a memory(none) call speculated onto a path where the source calls it with another argument
;; expect: wrong
;; source
declare i32 @g(i32) memory(none)
define i32 @f(i1 noundef %c, i32 %x, i32 %y) {
entry:
  br i1 %c, label %a, label %b
a:
  %r1 = call i32 @g(i32 %x)
  ret i32 %r1
b:
  %r2 = call i32 @g(i32 %y)
  ret i32 %r2
}
;; target
declare i32 @g(i32) memory(none)
define i32 @f(i1 noundef %c, i32 %x, i32 %y) {
entry:
  %t = call i32 @g(i32 %x)
  br i1 %c, label %a, label %b
a:
  ret i32 %t
b:
  %r2 = call i32 @g(i32 %y)
  ret i32 %r2
}

;; pair: a memory(none) call made twice with the same argument merged into one (CSE)
;; expect: right
;; source
declare i32 @g(i32) memory(none)
define i32 @f(i32 %x) {
  %a = call i32 @g(i32 %x)
  %b = call i32 @g(i32 %x)
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
declare i32 @g(i32) memory(none)
define i32 @f(i32 %x) {
  %a = call i32 @g(i32 %x)
  ret i32 0
}

;; pair: memory(none) calls with different arguments: target assumes equal results
;; expect: wrong
;; source
declare i32 @g(i32) memory(none)
define i32 @f(i32 %x) {
  %y = add i32 %x, 1
  %a = call i32 @g(i32 %x)
  %b = call i32 @g(i32 %y)
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
declare i32 @g(i32) memory(none)
define i32 @f(i32 %x) {
  %y = add i32 %x, 1
  %a = call i32 @g(i32 %x)
  %b = call i32 @g(i32 %y)
  ret i32 0
}

;; pair: a memory(none) call on one path, its result reused on the other path where the source calls it with the same argument
;; expect: right
;; source
declare i32 @g(i32) memory(none)
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %r1 = call i32 @g(i32 %x)
  %s1 = add i32 %r1, 1
  ret i32 %s1
b:
  %r2 = call i32 @g(i32 %x)
  ret i32 %r2
}
;; target
declare i32 @g(i32) memory(none)
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  %t = call i32 @g(i32 %x)
  %s1 = add i32 %t, 1
  %r = select i1 %c, i32 %s1, i32 %t
  ret i32 %r
}

;; pair: a memory(none) call in a zero-trip loop hoisted out of it (the callee may not return)
;; expect: wrong
;; source
declare i32 @g(i32) memory(none)
define i32 @f(i32 noundef %n, i32 %x) {
entry:
  %m = and i32 %n, 1
  %c = icmp eq i32 %m, 0
  br i1 %c, label %exit, label %body
body:
  %r = call i32 @g(i32 %x)
  br label %exit
exit:
  %p = phi i32 [ 0, %entry ], [ %r, %body ]
  ret i32 %p
}
;; target
declare i32 @g(i32) memory(none)
define i32 @f(i32 noundef %n, i32 %x) {
entry:
  %r = call i32 @g(i32 %x)
  %m = and i32 %n, 1
  %c = icmp eq i32 %m, 0
  %p = select i1 %c, i32 0, i32 %r
  ret i32 %p
}

;; pair: a vector built lane by lane in a loop
;; expect: proved
;; source
define <4 x i32> @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %v = phi <4 x i32> [ poison, %entry ], [ %v1, %loop ]
  %sq = mul i32 %i, %i
  %v1 = insertelement <4 x i32> %v, i32 %sq, i32 %i
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 4
  br i1 %c, label %loop, label %exit
exit:
  ret <4 x i32> %v1
}
;; target
define <4 x i32> @f() {
entry:
  ret <4 x i32> <i32 0, i32 1, i32 4, i32 9>
}

;; pair: a vector built lane by lane in a loop of 3 iterations: lane 3 stays poison, target's lane 2 is wrong
;; expect: wrong
;; source
define <4 x i32> @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %v = phi <4 x i32> [ poison, %entry ], [ %v1, %loop ]
  %sq = mul i32 %i, %i
  %v1 = insertelement <4 x i32> %v, i32 %sq, i32 %i
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 3
  br i1 %c, label %loop, label %exit
exit:
  ret <4 x i32> %v1
}
;; target
define <4 x i32> @f() {
entry:
  ret <4 x i32> <i32 0, i32 1, i32 3, i32 9>
}

;; pair: a vector built lane by lane in a loop of 3 iterations: lane 3 poison may become anything
;; expect: proved
;; source
define <4 x i32> @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %v = phi <4 x i32> [ poison, %entry ], [ %v1, %loop ]
  %sq = mul i32 %i, %i
  %v1 = insertelement <4 x i32> %v, i32 %sq, i32 %i
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 3
  br i1 %c, label %loop, label %exit
exit:
  ret <4 x i32> %v1
}
;; target
define <4 x i32> @f() {
entry:
  ret <4 x i32> <i32 0, i32 1, i32 4, i32 77>
}

;; pair: a phi of vectors with per-lane poison merged into a select of vectors
;; expect: proved
;; source
define <2 x i32> @f(i1 noundef %c, i32 %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %va = insertelement <2 x i32> <i32 poison, i32 5>, i32 %x, i32 0
  br label %m
b:
  %vb = insertelement <2 x i32> <i32 7, i32 poison>, i32 %x, i32 1
  br label %m
m:
  %p = phi <2 x i32> [ %va, %a ], [ %vb, %b ]
  ret <2 x i32> %p
}
;; target
define <2 x i32> @f(i1 noundef %c, i32 %x) {
entry:
  %l0 = select i1 %c, i32 %x, i32 7
  %l1 = select i1 %c, i32 5, i32 %x
  %v0 = insertelement <2 x i32> poison, i32 %l0, i32 0
  %v = insertelement <2 x i32> %v0, i32 %l1, i32 1
  ret <2 x i32> %v
}

;; pair: bitcast <4 x i8> to i32 of a vector built in the branches: lane 0 is the low byte
;; expect: wrong
;; source
define i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi <4 x i8> [ <i8 1, i8 2, i8 3, i8 4>, %a ], [ <i8 5, i8 6, i8 7, i8 8>, %b ]
  %r = bitcast <4 x i8> %p to i32
  ret i32 %r
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  %r = select i1 %c, i32 16909060, i32 134678021
  ret i32 %r
}

;; pair: bitcast <4 x i8> to i32 of a phi of vectors, little-endian lane order
;; expect: proved
;; source
define i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi <4 x i8> [ <i8 1, i8 2, i8 3, i8 4>, %a ], [ <i8 5, i8 6, i8 7, i8 8>, %b ]
  %r = bitcast <4 x i8> %p to i32
  ret i32 %r
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  %r = select i1 %c, i32 67305985, i32 134678021
  ret i32 %r
}
