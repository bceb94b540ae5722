; select: logical and/or poison rules, undef/poison arms, canonicalizations to min/max/abs, fp select folds.

;; pair: select c, true, x is not or c, x (x poison when c is true)
;; expect: wrong
;; source
define i1 @f(i1 %c, i1 %x) {
  %r = select i1 %c, i1 true, i1 %x
  ret i1 %r
}
;; target
define i1 @f(i1 %c, i1 %x) {
  %r = or i1 %c, %x
  ret i1 %r
}

;; pair: select c, x, false is not and c, x (x poison when c is false)
;; expect: wrong
;; source
define i1 @f(i1 %c, i1 %x) {
  %r = select i1 %c, i1 %x, i1 false
  ret i1 %r
}
;; target
define i1 @f(i1 %c, i1 %x) {
  %r = and i1 %c, %x
  ret i1 %r
}

;; pair: select c, x, false is and c, (freeze x)
;; expect: proved
;; source
define i1 @f(i1 %c, i1 %x) {
  %r = select i1 %c, i1 %x, i1 false
  ret i1 %r
}
;; target
define i1 @f(i1 %c, i1 %x) {
  %fx = freeze i1 %x
  %r = and i1 %c, %fx
  ret i1 %r
}

;; pair: and c, x becomes the logical and select c, x, false
;; expect: proved
;; source
define i1 @f(i1 %c, i1 %x) {
  %r = and i1 %c, %x
  ret i1 %r
}
;; target
define i1 @f(i1 %c, i1 %x) {
  %r = select i1 %c, i1 %x, i1 false
  ret i1 %r
}

;; pair: logical and operands swapped (select a, b, false -> select b, a, false)
;; expect: wrong
;; source
define i1 @f(i1 %a, i1 %b) {
  %r = select i1 %a, i1 %b, i1 false
  ret i1 %r
}
;; target
define i1 @f(i1 %a, i1 %b) {
  %r = select i1 %b, i1 %a, i1 false
  ret i1 %r
}

;; pair: logical or operands swapped with noundef operands
;; expect: proved
;; source
define i1 @f(i1 noundef %a, i1 noundef %b) {
  %r = select i1 %a, i1 true, i1 %b
  ret i1 %r
}
;; target
define i1 @f(i1 noundef %a, i1 noundef %b) {
  %r = select i1 %b, i1 true, i1 %a
  ret i1 %r
}

;; pair: select c, c, x becomes select c, true, x
;; expect: proved
;; source
define i1 @f(i1 %c, i1 %x) {
  %r = select i1 %c, i1 %c, i1 %x
  ret i1 %r
}
;; target
define i1 @f(i1 %c, i1 %x) {
  %r = select i1 %c, i1 true, i1 %x
  ret i1 %r
}

;; pair: not (logical and) is logical or of nots (De Morgan on selects)
;; expect: proved
;; source
define i1 @f(i1 %a, i1 %b) {
  %s = select i1 %a, i1 %b, i1 false
  %r = xor i1 %s, true
  ret i1 %r
}
;; target
define i1 @f(i1 %a, i1 %b) {
  %na = xor i1 %a, true
  %nb = xor i1 %b, true
  %r = select i1 %na, i1 true, i1 %nb
  ret i1 %r
}

;; pair: logical and of an icmp guarding a udiv-free poison: select (x != 0), (y /u x > 1)-like shl, false becomes and
;; expect: wrong
;; source
define i1 @f(i32 noundef %x, i32 noundef %y) {
  %nz = icmp ult i32 %x, 32
  %s = shl i32 1, %x
  %big = icmp ugt i32 %s, %y
  %r = select i1 %nz, i1 %big, i1 false
  ret i1 %r
}
;; target
define i1 @f(i32 noundef %x, i32 noundef %y) {
  %nz = icmp ult i32 %x, 32
  %s = shl i32 1, %x
  %big = icmp ugt i32 %s, %y
  %r = and i1 %nz, %big
  ret i1 %r
}

;; pair: select c, x, poison folds to x
;; expect: proved
;; source
define i32 @f(i1 %c, i32 %x) {
  %r = select i1 %c, i32 %x, i32 poison
  ret i32 %r
}
;; target
define i32 @f(i1 %c, i32 %x) {
  ret i32 %x
}

;; pair: select c, undef, x is not x when x may be poison
;; expect: wrong
;; source
define i32 @f(i1 %c, i32 %x) {
  %r = select i1 %c, i32 undef, i32 %x
  ret i32 %r
}
;; target
define i32 @f(i1 %c, i32 %x) {
  ret i32 %x
}

;; pair: select c, undef, x is x for a noundef x, but c may be poison (result poison then): still fine
;; expect: proved
;; source
define i32 @f(i1 %c, i32 noundef %x) {
  %r = select i1 %c, i32 undef, i32 %x
  ret i32 %r
}
;; target
define i32 @f(i1 %c, i32 noundef %x) {
  ret i32 %x
}

;; pair: select with a noundef-but-undef-producing arm: select c, undef, 5 becomes 5
;; expect: proved
;; source
define i32 @f(i1 %c) {
  %r = select i1 %c, i32 undef, i32 5
  ret i32 %r
}
;; target
define i32 @f(i1 %c) {
  ret i32 5
}

;; pair: select on an undef condition with constant arms cannot be their or
;; expect: wrong
;; source
define i32 @f() {
  %r = select i1 undef, i32 1, i32 2
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 3
}

;; pair: select of the same value on both arms with a poison condition is poison: target returns x
;; expect: proved
;; source
define i32 @f(i1 %c, i32 %x) {
  %r = select i1 %c, i32 %x, i32 %x
  ret i32 %r
}
;; target
define i32 @f(i1 %c, i32 %x) {
  ret i32 %x
}

;; pair: x == x ? x : y... select (icmp eq x, y), x, y folds to y
;; expect: proved
;; source
define i32 @f(i32 %x, i32 %y) {
  %c = icmp eq i32 %x, %y
  %r = select i1 %c, i32 %x, i32 %y
  ret i32 %r
}
;; target
define i32 @f(i32 %x, i32 %y) {
  ret i32 %y
}

;; pair: select (fcmp oeq x, y), x, y is not y (-0.0 and +0.0 compare equal)
;; expect: wrong
;; source
define float @f(float %x, float %y) {
  %c = fcmp oeq float %x, %y
  %r = select i1 %c, float %x, float %y
  ret float %r
}
;; target
define float @f(float %x, float %y) {
  ret float %y
}

;; pair: select (fcmp une x, y), x, y is x (when equal they may differ in zero sign only)
;; expect: wrong
;; source
define float @f(float %x, float %y) {
  %c = fcmp une float %x, %y
  %r = select i1 %c, float %x, float %y
  ret float %r
}
;; target
define float @f(float %x, float %y) {
  ret float %x
}

;; pair: select (fcmp oeq x, 1.0), x, 1.0 is 1.0 (only one value compares equal to 1.0)
;; expect: proved
;; source
define float @f(float %x) {
  %c = fcmp oeq float %x, 1.0
  %r = select i1 %c, float %x, float 1.0
  ret float %r
}
;; target
define float @f(float %x) {
  ret float 1.0
}

;; pair: select (icmp slt x, 0), -x, x is abs(x, false)
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %c = icmp slt i32 %x, 0
  %n = sub i32 0, %x
  %r = select i1 %c, i32 %n, i32 %x
  ret i32 %r
}
;; target
declare i32 @llvm.abs.i32(i32, i1)
define i32 @f(i32 %x) {
  %r = call i32 @llvm.abs.i32(i32 %x, i1 false)
  ret i32 %r
}

;; pair: select (icmp slt x, 0), -x, x is not abs(x, true) (INT_MIN is poison there)
;; expect: wrong
;; source
define i32 @f(i32 %x) {
  %c = icmp slt i32 %x, 0
  %n = sub i32 0, %x
  %r = select i1 %c, i32 %n, i32 %x
  ret i32 %r
}
;; target
declare i32 @llvm.abs.i32(i32, i1)
define i32 @f(i32 %x) {
  %r = call i32 @llvm.abs.i32(i32 %x, i1 true)
  ret i32 %r
}

;; pair: select (icmp slt x, 0), (sub nsw 0, x), x is abs(x, true)
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %c = icmp slt i32 %x, 0
  %n = sub nsw i32 0, %x
  %r = select i1 %c, i32 %n, i32 %x
  ret i32 %r
}
;; target
declare i32 @llvm.abs.i32(i32, i1)
define i32 @f(i32 %x) {
  %r = call i32 @llvm.abs.i32(i32 %x, i1 true)
  ret i32 %r
}

;; pair: select (icmp ult x, y), x, y is umin
;; expect: proved
;; source
define i32 @f(i32 %x, i32 %y) {
  %c = icmp ult i32 %x, %y
  %r = select i1 %c, i32 %x, i32 %y
  ret i32 %r
}
;; target
declare i32 @llvm.umin.i32(i32, i32)
define i32 @f(i32 %x, i32 %y) {
  %r = call i32 @llvm.umin.i32(i32 %x, i32 %y)
  ret i32 %r
}

;; pair: select (icmp slt x, y), x, y is not umin
;; expect: wrong
;; source
define i32 @f(i32 %x, i32 %y) {
  %c = icmp slt i32 %x, %y
  %r = select i1 %c, i32 %x, i32 %y
  ret i32 %r
}
;; target
declare i32 @llvm.umin.i32(i32, i32)
define i32 @f(i32 %x, i32 %y) {
  %r = call i32 @llvm.umin.i32(i32 %x, i32 %y)
  ret i32 %r
}

;; pair: umin(x, y) turned back into a select is wrong for an undef x (two uses of undef differ)
;; expect: wrong
;; source
declare i32 @llvm.umin.i32(i32, i32)
define i32 @f(i32 %x, i32 %y) {
  %r = call i32 @llvm.umin.i32(i32 %x, i32 %y)
  ret i32 %r
}
;; target
define i32 @f(i32 %x, i32 %y) {
  %c = icmp ult i32 %x, %y
  %r = select i1 %c, i32 %x, i32 %y
  ret i32 %r
}

;; pair: select c, (add x, 1), (add x, 2) is add x, (select c, 1, 2)
;; expect: proved
;; source
define i32 @f(i1 %c, i32 %x) {
  %a = add i32 %x, 1
  %b = add i32 %x, 2
  %r = select i1 %c, i32 %a, i32 %b
  ret i32 %r
}
;; target
define i32 @f(i1 %c, i32 %x) {
  %k = select i1 %c, i32 1, i32 2
  %r = add i32 %x, %k
  ret i32 %r
}

;; pair: select c, 1, 0 is zext c; select c, -1, 0 is not zext c
;; expect: wrong
;; source
define i32 @f(i1 %c) {
  %r = select i1 %c, i32 -1, i32 0
  ret i32 %r
}
;; target
define i32 @f(i1 %c) {
  %r = zext i1 %c to i32
  ret i32 %r
}

;; pair: select c, -1, 0 is sext c
;; expect: proved
;; source
define i32 @f(i1 %c) {
  %r = select i1 %c, i32 -1, i32 0
  ret i32 %r
}
;; target
define i32 @f(i1 %c) {
  %r = sext i1 %c to i32
  ret i32 %r
}

;; pair: select whose condition is known true along the dominating branch folds to its true arm
;; expect: proved
;; source
define i32 @f(i32 noundef %x, i32 %a, i32 %b) {
entry:
  %c = icmp sgt i32 %x, 10
  br i1 %c, label %t, label %e
t:
  %c2 = icmp sgt i32 %x, 5
  %r = select i1 %c2, i32 %a, i32 %b
  ret i32 %r
e:
  ret i32 0
}
;; target
define i32 @f(i32 noundef %x, i32 %a, i32 %b) {
entry:
  %c = icmp sgt i32 %x, 10
  br i1 %c, label %t, label %e
t:
  ret i32 %a
e:
  ret i32 0
}

;; pair: select condition known from a dominating branch, target folds to the wrong arm
;; expect: wrong
;; source
define i32 @f(i32 noundef %x, i32 noundef %a, i32 noundef %b) {
entry:
  %c = icmp sgt i32 %x, 10
  br i1 %c, label %t, label %e
t:
  %c2 = icmp sgt i32 %x, 11
  %r = select i1 %c2, i32 %a, i32 %b
  ret i32 %r
e:
  ret i32 0
}
;; target
define i32 @f(i32 noundef %x, i32 noundef %a, i32 noundef %b) {
entry:
  %c = icmp sgt i32 %x, 10
  br i1 %c, label %t, label %e
t:
  ret i32 %a
e:
  ret i32 0
}

;; pair: select of pointers: the poison arm not chosen does not matter, load through the result
;; expect: proved
;; source
define i32 @f(i1 noundef %c, ptr noundef dereferenceable(4) %p) {
  %q = select i1 %c, ptr %p, ptr poison
  %v = load i32, ptr %q, align 1
  ret i32 %v
}
;; target
define i32 @f(i1 noundef %c, ptr noundef dereferenceable(4) %p) {
  %v = load i32, ptr %p, align 1
  ret i32 %v
}

;; pair: select of an i1 condition and two constants with a vector condition per lane
;; expect: proved
;; source
define <2 x i32> @f(<2 x i1> %c) {
  %r = select <2 x i1> %c, <2 x i32> <i32 1, i32 1>, <2 x i32> zeroinitializer
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i1> %c) {
  %r = zext <2 x i1> %c to <2 x i32>
  ret <2 x i32> %r
}

;; pair: vector select with constant condition is a shuffle, target picks the wrong lane of b
;; expect: wrong
;; source
define <2 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  %r = select <2 x i1> <i1 true, i1 false>, <2 x i32> %a, <2 x i32> %b
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  %r = shufflevector <2 x i32> %a, <2 x i32> %b, <2 x i32> <i32 0, i32 2>
  ret <2 x i32> %r
}

;; pair: vector select with constant condition is a shuffle
;; expect: proved
;; source
define <2 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  %r = select <2 x i1> <i1 true, i1 false>, <2 x i32> %a, <2 x i32> %b
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  %r = shufflevector <2 x i32> %a, <2 x i32> %b, <2 x i32> <i32 0, i32 3>
  ret <2 x i32> %r
}

;; pair: vector select with a poison condition lane: target changes the other lane to the false arm
;; expect: wrong
;; source
define <2 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  %r = select <2 x i1> <i1 true, i1 poison>, <2 x i32> %a, <2 x i32> %b
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  ret <2 x i32> %b
}

;; pair: vector logical and (select c, x, zero) is not and c, x per lane
;; expect: wrong
;; source
define <2 x i1> @f(<2 x i1> %c, <2 x i1> %x) {
  %r = select <2 x i1> %c, <2 x i1> %x, <2 x i1> zeroinitializer
  ret <2 x i1> %r
}
;; target
define <2 x i1> @f(<2 x i1> %c, <2 x i1> %x) {
  %r = and <2 x i1> %c, %x
  ret <2 x i1> %r
}

;; pair: umin(x, y) turned back into a select for noundef operands
;; expect: proved
;; source
declare i32 @llvm.umin.i32(i32, i32)
define i32 @f(i32 noundef %x, i32 noundef %y) {
  %r = call i32 @llvm.umin.i32(i32 %x, i32 %y)
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x, i32 noundef %y) {
  %c = icmp ult i32 %x, %y
  %r = select i1 %c, i32 %x, i32 %y
  ret i32 %r
}
