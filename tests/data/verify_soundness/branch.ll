; br / switch on undef and poison, unreachable, speculation of UB instructions above a branch.

;; pair: br on undef is UB, target returns anything
;; expect: proved
;; source
define i32 @f() {
entry:
  br i1 undef, label %a, label %b
a:
  ret i32 1
b:
  ret i32 2
}
;; target
define i32 @f() {
entry:
  ret i32 3
}

;; pair: target branches on undef where the source branched on a frozen undef
;; expect: wrong
;; source
define i32 @f() {
entry:
  %c = freeze i1 undef
  br i1 %c, label %a, label %b
a:
  ret i32 1
b:
  ret i32 1
}
;; target
define i32 @f() {
entry:
  br i1 undef, label %a, label %b
a:
  ret i32 1
b:
  ret i32 1
}

;; pair: a conditional branch with both successors the same, on a maybe-poison condition, made unconditional
;; expect: proved
;; source
define i32 @f(i1 %c) {
entry:
  br i1 %c, label %a, label %a
a:
  ret i32 1
}
;; target
define i32 @f(i1 %c) {
entry:
  br label %a
a:
  ret i32 1
}

;; pair: target adds a branch with both successors equal on a maybe-poison condition (UB)
;; expect: wrong
;; source
define i32 @f(i1 %c) {
entry:
  br label %a
a:
  ret i32 1
}
;; target
define i32 @f(i1 %c) {
entry:
  br i1 %c, label %a, label %a
a:
  ret i32 1
}

;; pair: target adds a switch with no cases on a maybe-poison value (UB)
;; expect: wrong
;; source
define i32 @f(i32 %x) {
entry:
  br label %a
a:
  ret i32 1
}
;; target
define i32 @f(i32 %x) {
entry:
  switch i32 %x, label %a [ ]
a:
  ret i32 1
}

;; pair: target adds a switch whose cases all go to the default on a maybe-undef value (UB)
;; expect: wrong
;; source
define i32 @f(i32 %x) {
entry:
  ret i32 1
}
;; target
define i32 @f(i32 %x) {
entry:
  switch i32 %x, label %a [ i32 0, label %a
                            i32 1, label %a ]
a:
  ret i32 1
}

;; pair: a switch on a maybe-poison value turned into selects (source UB on poison)
;; expect: proved
;; source
define i32 @f(i32 %x) {
entry:
  switch i32 %x, label %d [ i32 3, label %a ]
a:
  ret i32 10
d:
  ret i32 20
}
;; target
define i32 @f(i32 %x) {
entry:
  %c = icmp eq i32 %x, 3
  %r = select i1 %c, i32 10, i32 20
  ret i32 %r
}

;; pair: selects on a maybe-poison value turned into a switch
;; expect: wrong
;; source
define i32 @f(i32 %x) {
entry:
  %c = icmp eq i32 %x, 3
  %r = select i1 %c, i32 10, i32 20
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
entry:
  switch i32 %x, label %d [ i32 3, label %a ]
a:
  ret i32 10
d:
  ret i32 20
}

;; pair: switch on undef is UB, target returns anything
;; expect: proved
;; source
define i32 @f() {
entry:
  switch i32 undef, label %d [ i32 3, label %a ]
a:
  ret i32 10
d:
  ret i32 10
}
;; target
define i32 @f() {
entry:
  ret i32 5
}

;; pair: switch with three consecutive cases to one block folded to a range check
;; expect: proved
;; source
define i32 @f(i32 noundef %x) {
entry:
  switch i32 %x, label %d [ i32 4, label %a
                            i32 5, label %a
                            i32 6, label %a ]
a:
  ret i32 1
d:
  ret i32 0
}
;; target
define i32 @f(i32 noundef %x) {
entry:
  %s = sub i32 %x, 4
  %c = icmp ult i32 %s, 3
  %r = zext i1 %c to i32
  ret i32 %r
}

;; pair: switch with three consecutive cases folded to a range check that is off by one
;; expect: wrong
;; source
define i32 @f(i32 noundef %x) {
entry:
  switch i32 %x, label %d [ i32 4, label %a
                            i32 5, label %a
                            i32 6, label %a ]
a:
  ret i32 1
d:
  ret i32 0
}
;; target
define i32 @f(i32 noundef %x) {
entry:
  %s = sub i32 %x, 4
  %c = icmp ule i32 %s, 3
  %r = zext i1 %c to i32
  ret i32 %r
}

;; pair: switch on i8 with case -128 reached by 128 after a trunc
;; expect: proved
;; source
define i32 @f(i32 noundef %x) {
entry:
  %t = trunc i32 %x to i8
  switch i8 %t, label %d [ i8 -128, label %a ]
a:
  ret i32 1
d:
  ret i32 0
}
;; target
define i32 @f(i32 noundef %x) {
entry:
  %m = and i32 %x, 255
  %c = icmp eq i32 %m, 128
  %r = zext i1 %c to i32
  ret i32 %r
}

;; pair: switch on i1 with a true case
;; expect: proved
;; source
define i32 @f(i1 noundef %c) {
entry:
  switch i1 %c, label %d [ i1 true, label %a ]
a:
  ret i32 1
d:
  ret i32 2
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  %r = select i1 %c, i32 1, i32 2
  ret i32 %r
}

;; pair: switch on i1 with a true case, target swaps the arms
;; expect: wrong
;; source
define i32 @f(i1 noundef %c) {
entry:
  switch i1 %c, label %d [ i1 true, label %a ]
a:
  ret i32 1
d:
  ret i32 2
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  %r = select i1 %c, i32 2, i32 1
  ret i32 %r
}

;; pair: switch with a wide i128 case value
;; expect: wrong
;; source
define i32 @f(i128 noundef %x) {
entry:
  switch i128 %x, label %d [ i128 18446744073709551616, label %a ]
a:
  ret i32 1
d:
  ret i32 0
}
;; target
define i32 @f(i128 noundef %x) {
entry:
  %c = icmp eq i128 %x, 0
  %r = zext i1 %c to i32
  ret i32 %r
}

;; pair: switch with a wide i128 case value is 2^64
;; expect: proved
;; source
define i32 @f(i128 noundef %x) {
entry:
  switch i128 %x, label %d [ i128 18446744073709551616, label %a ]
a:
  ret i32 1
d:
  ret i32 0
}
;; target
define i32 @f(i128 noundef %x) {
entry:
  %h = lshr i128 %x, 64
  %l = trunc i128 %x to i64
  %c1 = icmp eq i128 %h, 1
  %c2 = icmp eq i64 %l, 0
  %c = and i1 %c1, %c2
  %r = zext i1 %c to i32
  ret i32 %r
}

;; pair: an unreachable arm lets the branch condition be assumed false
;; expect: proved
;; source
define i32 @f(i32 noundef %x) {
entry:
  %c = icmp eq i32 %x, 0
  br i1 %c, label %a, label %b
a:
  unreachable
b:
  %r = udiv i32 100, %x
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x) {
entry:
  %r = udiv i32 100, %x
  ret i32 %r
}

;; pair: target makes a reachable arm unreachable
;; expect: wrong
;; source
define i32 @f(i32 noundef %x) {
entry:
  %c = icmp eq i32 %x, 0
  br i1 %c, label %a, label %b
a:
  ret i32 0
b:
  %r = udiv i32 100, %x
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x) {
entry:
  %c = icmp eq i32 %x, 0
  br i1 %c, label %a, label %b
a:
  unreachable
b:
  %r = udiv i32 100, %x
  ret i32 %r
}

;; pair: udiv hoisted above the guard that its divisor is not zero
;; expect: wrong
;; source
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  %c = icmp ne i32 %y, 0
  br i1 %c, label %a, label %b
a:
  %d = udiv i32 %x, %y
  br label %m
b:
  br label %m
m:
  %r = phi i32 [ %d, %a ], [ 0, %b ]
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  %c = icmp ne i32 %y, 0
  %d = udiv i32 %x, %y
  %r = select i1 %c, i32 %d, i32 0
  ret i32 %r
}

;; pair: udiv by a nonzero constant speculated above a branch
;; expect: proved
;; source
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %d = udiv i32 %x, 7
  br label %m
b:
  br label %m
m:
  %r = phi i32 [ %d, %a ], [ 0, %b ]
  ret i32 %r
}
;; target
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  %d = udiv i32 %x, 7
  %r = select i1 %c, i32 %d, i32 0
  ret i32 %r
}

;; pair: sdiv hoisted above a guard that excludes both zero and -1 divisors, target guards only zero
;; expect: wrong
;; source
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  %z = icmp eq i32 %y, 0
  %m1 = icmp eq i32 %y, -1
  %bad = or i1 %z, %m1
  br i1 %bad, label %b, label %a
a:
  %d = sdiv i32 %x, %y
  br label %m
b:
  br label %m
m:
  %r = phi i32 [ %d, %a ], [ 0, %b ]
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  %z = icmp eq i32 %y, 0
  br i1 %z, label %b, label %a
a:
  %m1 = icmp eq i32 %y, -1
  %d = sdiv i32 %x, %y
  %r0 = select i1 %m1, i32 0, i32 %d
  br label %m
b:
  br label %m
m:
  %r = phi i32 [ %r0, %a ], [ 0, %b ]
  ret i32 %r
}

;; pair: urem guarded by a maybe-undef divisor check: the check itself is UB on undef, so hoisting is fine only with noundef
;; expect: right
;; source
define i32 @f(i32 %x, i32 %y) {
entry:
  %c = icmp ne i32 %y, 0
  br i1 %c, label %a, label %b
a:
  %d = urem i32 %x, %y
  ret i32 %d
b:
  ret i32 0
}
;; target
define i32 @f(i32 %x, i32 %y) {
entry:
  %c = icmp ne i32 %y, 0
  br i1 %c, label %a, label %b
a:
  %d = urem i32 %x, %y
  ret i32 %d
b:
  ret i32 0
}

;; pair: udiv by a maybe-undef divisor guarded by a frozen nonzero check: the division still may be by zero
;; expect: wrong
;; source
define i32 @f(i32 %x, i32 %y) {
entry:
  %fy = freeze i32 %y
  %c = icmp ne i32 %fy, 0
  br i1 %c, label %a, label %b
a:
  %d = udiv i32 %x, %fy
  ret i32 %d
b:
  ret i32 0
}
;; target
define i32 @f(i32 %x, i32 %y) {
entry:
  %fy = freeze i32 %y
  %c = icmp ne i32 %fy, 0
  br i1 %c, label %a, label %b
a:
  %d = udiv i32 %x, %y
  ret i32 %d
b:
  ret i32 0
}

;; pair: a load through a pointer checked against null hoisted above the check
;; expect: wrong
;; source
define i32 @f(ptr noundef %p) {
entry:
  %c = icmp eq ptr %p, null
  br i1 %c, label %b, label %a
a:
  %v = load i32, ptr %p, align 4
  ret i32 %v
b:
  ret i32 0
}
;; target
define i32 @f(ptr noundef %p) {
entry:
  %c = icmp eq ptr %p, null
  %v = load i32, ptr %p, align 4
  %r = select i1 %c, i32 0, i32 %v
  ret i32 %r
}

;; pair: a call to an unknown function speculated above a branch
;; expect: wrong
;; source
declare i32 @g(i32)
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %v = call i32 @g(i32 %x)
  ret i32 %v
b:
  ret i32 0
}
;; target
declare i32 @g(i32)
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  %v = call i32 @g(i32 %x)
  %r = select i1 %c, i32 %v, i32 0
  ret i32 %r
}

;; pair: a call to a memory(none) nounwind willreturn function speculated above a branch
;; expect: right
;; source
declare i32 @g(i32) memory(none) nounwind willreturn
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %v = call i32 @g(i32 %x)
  ret i32 %v
b:
  ret i32 0
}
;; target
declare i32 @g(i32) memory(none) nounwind willreturn
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  %v = call i32 @g(i32 %x)
  %r = select i1 %c, i32 %v, i32 0
  ret i32 %r
}

;; pair: shl by a maybe-overwide amount speculated above a branch (poison, not UB)
;; expect: proved
;; source
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  %c = icmp ult i32 %y, 32
  br i1 %c, label %a, label %b
a:
  %s = shl i32 %x, %y
  ret i32 %s
b:
  ret i32 0
}
;; target
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  %c = icmp ult i32 %y, 32
  %s = shl i32 %x, %y
  %r = select i1 %c, i32 %s, i32 0
  ret i32 %r
}

;; pair: shl speculated above a branch into a select whose arms are swapped so the poison arm is chosen
;; expect: wrong
;; source
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  %c = icmp ult i32 %y, 32
  br i1 %c, label %a, label %b
a:
  %s = shl i32 %x, %y
  ret i32 %s
b:
  ret i32 0
}
;; target
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  %c = icmp uge i32 %y, 32
  %s = shl i32 %x, %y
  %r = select i1 %c, i32 %s, i32 0
  ret i32 %r
}

;; pair: code sunk from both arms into the join (same instruction on each arm)
;; expect: proved
;; source
define i32 @f(i1 noundef %c, i32 %x, i32 %y) {
entry:
  br i1 %c, label %a, label %b
a:
  %s1 = mul nuw i32 %x, 3
  br label %m
b:
  %s2 = mul nuw i32 %y, 3
  br label %m
m:
  %p = phi i32 [ %s1, %a ], [ %s2, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 noundef %c, i32 %x, i32 %y) {
entry:
  %q = select i1 %c, i32 %x, i32 %y
  %p = mul nuw i32 %q, 3
  ret i32 %p
}

;; pair: a udiv sunk from one arm into the join, executed on both paths now
;; expect: wrong
;; source
define i32 @f(i1 noundef %c, i32 noundef %x, i32 noundef %y) {
entry:
  br i1 %c, label %a, label %b
a:
  %d = udiv i32 %x, %y
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ %d, %a ], [ %x, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 noundef %c, i32 noundef %x, i32 noundef %y) {
entry:
  br label %m
m:
  %d = udiv i32 %x, %y
  %p = select i1 %c, i32 %d, i32 %x
  ret i32 %p
}
