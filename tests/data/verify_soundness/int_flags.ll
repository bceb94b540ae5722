; Integer flags, division UB, shifts, casts with flags, icmp, select/freeze with poison.

;; pair: target adds nsw to an add
;; expect: refuted
;; source
define i32 @f(i32 %x, i32 %y) {
  %a = add i32 %x, %y
  ret i32 %a
}
;; target
define i32 @f(i32 %x, i32 %y) {
  %a = add nsw i32 %x, %y
  ret i32 %a
}

;; pair: add nsw x, 1 is greater than x
;; expect: proved
;; source
define i1 @f(i32 %x) {
  %a = add nsw i32 %x, 1
  %c = icmp sgt i32 %a, %x
  ret i1 %c
}
;; target
define i1 @f(i32 %x) {
  ret i1 true
}

;; pair: plain add x, 1 is not always unsigned-greater than x (x = -1)
;; expect: refuted
;; source
define i1 @f(i32 %x) {
  %a = add i32 %x, 1
  %c = icmp ugt i32 %a, %x
  ret i1 %c
}
;; target
define i1 @f(i32 %x) {
  ret i1 true
}

;; pair: target adds disjoint to an or whose operands may share bits
;; expect: refuted
;; source
define i8 @f(i8 %x, i8 %y) {
  %a = or i8 %x, %y
  ret i8 %a
}
;; target
define i8 @f(i8 %x, i8 %y) {
  %a = or disjoint i8 %x, %y
  ret i8 %a
}

;; pair: or disjoint is add
;; expect: proved
;; source
define i8 @f(i8 %x, i8 %y) {
  %a = or disjoint i8 %x, %y
  ret i8 %a
}
;; target
define i8 @f(i8 %x, i8 %y) {
  %a = add i8 %x, %y
  ret i8 %a
}

;; pair: (x << 1) | 1 may be marked disjoint
;; expect: proved
;; source
define i8 @f(i8 %x) {
  %s = shl i8 %x, 1
  %a = or i8 %s, 1
  ret i8 %a
}
;; target
define i8 @f(i8 %x) {
  %s = shl i8 %x, 1
  %a = or disjoint i8 %s, 1
  ret i8 %a
}

;; pair: xor x, y turned into or disjoint x, y
;; expect: refuted
;; source
define i8 @f(i8 %x, i8 %y) {
  %a = xor i8 %x, %y
  ret i8 %a
}
;; target
define i8 @f(i8 %x, i8 %y) {
  %a = or disjoint i8 %x, %y
  ret i8 %a
}

;; pair: add nuw turned into or disjoint (carries make them differ, poison only in the target)
;; expect: refuted
;; source
define i8 @f(i8 %x, i8 %y) {
  %a = add nuw i8 %x, %y
  ret i8 %a
}
;; target
define i8 @f(i8 %x, i8 %y) {
  %a = or disjoint i8 %x, %y
  ret i8 %a
}

;; pair: shl nuw then lshr by the same amount is the identity
;; expect: proved
;; source
define i32 @f(i32 %x, i32 %y) {
  %s = shl nuw i32 %x, %y
  %r = lshr i32 %s, %y
  ret i32 %r
}
;; target
define i32 @f(i32 %x, i32 %y) {
  ret i32 %x
}

;; pair: shl nsw then lshr is not the identity (negative x)
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  %s = shl nsw i32 %x, 1
  %r = lshr i32 %s, 1
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: shl nsw then ashr is the identity
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %s = shl nsw i32 %x, 5
  %r = ashr i32 %s, 5
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: target turns shl nsw into shl nuw
;; expect: refuted
;; source
define i8 @f(i8 %x) {
  %s = shl nsw i8 %x, 1
  ret i8 %s
}
;; target
define i8 @f(i8 %x) {
  %s = shl nuw i8 %x, 1
  ret i8 %s
}

;; pair: shl nsw i8 -64, 1 is -128 (no sign change), not poison
;; expect: refuted
;; source
define i8 @f() {
  %s = shl nsw i8 -64, 1
  ret i8 %s
}
;; target
define i8 @f() {
  ret i8 0
}

;; pair: lshr exact then shl back is the identity
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %s = lshr exact i32 %x, 3
  %r = shl i32 %s, 3
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: ashr exact x, 1 is sdiv exact x, 2
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %r = ashr exact i32 %x, 1
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %r = sdiv exact i32 %x, 2
  ret i32 %r
}

;; pair: sdiv x, 2 is not ashr x, 1 (x = -1 rounds to 0 vs -1)
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  %r = sdiv i32 %x, 2
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %r = ashr i32 %x, 1
  ret i32 %r
}

;; pair: udiv exact x, 4 is lshr exact x, 2
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %r = udiv exact i32 %x, 4
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %r = lshr exact i32 %x, 2
  ret i32 %r
}

;; pair: target adds exact to udiv
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  %r = udiv i32 %x, 3
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %r = udiv exact i32 %x, 3
  ret i32 %r
}

;; pair: sdiv x, -1 is negation (INT_MIN / -1 is UB in the source)
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %r = sdiv i32 %x, -1
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %r = sub nsw i32 0, %x
  ret i32 %r
}

;; pair: srem x, -1 is 0 (INT_MIN srem -1 is UB)
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %r = srem i32 %x, -1
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 0
}

;; pair: negation is not sdiv by -1 (the target adds UB at INT_MIN)
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  %r = sub i32 0, %x
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %r = sdiv i32 %x, -1
  ret i32 %r
}

;; pair: a guarded udiv hoisted above its zero check (UB at y = 0)
;; expect: refuted
;; source
define i32 @f(i32 %x, i32 %y) {
entry:
  %z = icmp eq i32 %y, 0
  br i1 %z, label %zero, label %div
zero:
  ret i32 0
div:
  %d = udiv i32 %x, %y
  ret i32 %d
}
;; target
define i32 @f(i32 %x, i32 %y) {
entry:
  %z = icmp eq i32 %y, 0
  %d = udiv i32 %x, %y
  %r = select i1 %z, i32 0, i32 %d
  ret i32 %r
}

;; pair: a udiv by a nonzero constant hoisted out of a branch is fine
;; expect: right
;; source
define i32 @f(i32 %x, i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  %d = udiv i32 %x, 7
  ret i32 %d
b:
  ret i32 0
}
;; target
define i32 @f(i32 %x, i1 %c) {
entry:
  %d = udiv i32 %x, 7
  %r = select i1 %c, i32 %d, i32 0
  ret i32 %r
}

;; pair: srem with a divisor that may be zero, target speculates it (UB)
;; expect: refuted
;; source
define i32 @f(i32 %x, i32 %y, i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  %d = srem i32 %x, %y
  ret i32 %d
b:
  ret i32 0
}
;; target
define i32 @f(i32 %x, i32 %y, i1 %c) {
entry:
  %d = srem i32 %x, %y
  %r = select i1 %c, i32 %d, i32 0
  ret i32 %r
}

;; pair: sdiv by a constant 3 hoisted is fine, sdiv by -1 hoisted is not (INT_MIN)
;; expect: refuted
;; source
define i32 @f(i32 %x, i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  %d = sdiv i32 %x, -1
  ret i32 %d
b:
  ret i32 0
}
;; target
define i32 @f(i32 %x, i1 %c) {
entry:
  %d = sdiv i32 %x, -1
  %r = select i1 %c, i32 %d, i32 0
  ret i32 %r
}

;; pair: shl by 32 is poison, target returns 0
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %r = shl i32 %x, 32
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 0
}

;; pair: shl by a masked amount, target drops the mask (poison for y >= 32)
;; expect: refuted
;; source
define i32 @f(i32 %x, i32 %y) {
  %m = and i32 %y, 31
  %r = shl i32 %x, %m
  ret i32 %r
}
;; target
define i32 @f(i32 %x, i32 %y) {
  %r = shl i32 %x, %y
  ret i32 %r
}

;; pair: shl by an amount, target masks the amount (source poison for y >= 32)
;; expect: proved
;; source
define i32 @f(i32 %x, i32 %y) {
  %r = shl i32 %x, %y
  ret i32 %r
}
;; target
define i32 @f(i32 %x, i32 %y) {
  %m = and i32 %y, 31
  %r = shl i32 %x, %m
  ret i32 %r
}

;; pair: ashr i8 by 8 is poison, not the sign fill
;; expect: proved
;; source
define i8 @f(i8 %x) {
  %r = ashr i8 %x, 8
  ret i8 %r
}
;; target
define i8 @f(i8 %x) {
  ret i8 42
}

;; pair: mul nsw x, -1 is sub nsw 0, x
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %r = mul nsw i32 %x, -1
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %r = sub nsw i32 0, %x
  ret i32 %r
}

;; pair: mul nuw x, 3 then udiv by 3 is x
;; expect: proved
;; source
define i16 @f(i16 %x) {
  %m = mul nuw i16 %x, 3
  %r = udiv i16 %m, 3
  ret i16 %r
}
;; target
define i16 @f(i16 %x) {
  ret i16 %x
}

;; pair: mul nsw x, 3 then udiv by 3 is not x (negative x)
;; expect: refuted
;; source
define i16 @f(i16 %x) {
  %m = mul nsw i16 %x, 3
  %r = udiv i16 %m, 3
  ret i16 %r
}
;; target
define i16 @f(i16 %x) {
  ret i16 %x
}

;; pair: sub nuw means x uge y
;; expect: right
;; source
define i1 @f(i32 %x, i32 %y) {
  %s = sub nuw i32 %x, %y
  %c = icmp uge i32 %x, %y
  %f = freeze i32 %s
  %r = select i1 %c, i1 true, i1 false
  ret i1 %r
}
;; target
define i1 @f(i32 %x, i32 %y) {
  %c = icmp uge i32 %x, %y
  ret i1 %c
}

;; pair: zext nneg is sext
;; expect: proved
;; source
define i64 @f(i32 %x) {
  %r = zext nneg i32 %x to i64
  ret i64 %r
}
;; target
define i64 @f(i32 %x) {
  %r = sext i32 %x to i64
  ret i64 %r
}

;; pair: sext turned into zext nneg
;; expect: refuted
;; source
define i64 @f(i32 %x) {
  %r = sext i32 %x to i64
  ret i64 %r
}
;; target
define i64 @f(i32 %x) {
  %r = zext nneg i32 %x to i64
  ret i64 %r
}

;; pair: trunc nuw then zext is the identity
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %t = trunc nuw i32 %x to i8
  %r = zext i8 %t to i32
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: trunc nuw then sext is not the identity (x = 200)
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  %t = trunc nuw i32 %x to i8
  %r = sext i8 %t to i32
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: trunc nsw then sext is the identity
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %t = trunc nsw i32 %x to i8
  %r = sext i8 %t to i32
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: target adds nsw to a trunc of a masked value (x & 255 can be 200)
;; expect: refuted
;; source
define i8 @f(i32 %x) {
  %m = and i32 %x, 255
  %t = trunc i32 %m to i8
  ret i8 %t
}
;; target
define i8 @f(i32 %x) {
  %m = and i32 %x, 255
  %t = trunc nsw i32 %m to i8
  ret i8 %t
}

;; pair: target adds nuw to a trunc of a masked value
;; expect: proved
;; source
define i8 @f(i32 %x) {
  %m = and i32 %x, 255
  %t = trunc i32 %m to i8
  ret i8 %t
}
;; target
define i8 @f(i32 %x) {
  %m = and i32 %x, 255
  %t = trunc nuw i32 %m to i8
  ret i8 %t
}

;; pair: trunc nuw nsw to i1 of 1 is poison (1 does not survive sext), target returns false
;; expect: proved
;; source
define i1 @f() {
  %t = trunc nuw nsw i8 1 to i1
  ret i1 %t
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: select c, true, y is not or c, y (y poison when c is true)
;; expect: refuted
;; source
define i1 @f(i1 %c, i1 %y) {
  %r = select i1 %c, i1 true, i1 %y
  ret i1 %r
}
;; target
define i1 @f(i1 %c, i1 %y) {
  %r = or i1 %c, %y
  ret i1 %r
}

;; pair: and c, y is select c, y, false
;; expect: proved
;; source
define i1 @f(i1 %c, i1 %y) {
  %r = and i1 %c, %y
  ret i1 %r
}
;; target
define i1 @f(i1 %c, i1 %y) {
  %r = select i1 %c, i1 %y, i1 false
  ret i1 %r
}

;; pair: select c, x, poison is x
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

;; pair: select c, x, y with y = add nsw overflowing is not add nsw selected after (poison arm not chosen)
;; expect: refuted
;; source
define i32 @f(i1 %c, i32 %x) {
  %a = add nsw i32 %x, 1
  %r = select i1 %c, i32 %x, i32 %a
  ret i32 %r
}
;; target
define i32 @f(i1 %c, i32 %x) {
  %a = add nsw i32 %x, 1
  %z = zext i1 %c to i32
  %s = sub i32 %a, %z
  ret i32 %s
}

;; pair: freeze dropped from a possibly-poison argument
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  %r = freeze i32 %x
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: freeze of an nsw add may be anything when it overflows, target assumes it is greater than x
;; expect: refuted
;; source
define i1 @f(i32 noundef %x) {
  %a = add nsw i32 %x, 1
  %fa = freeze i32 %a
  %c = icmp sgt i32 %fa, %x
  ret i1 %c
}
;; target
define i1 @f(i32 noundef %x) {
  ret i1 true
}

;; pair: a frozen poison-or-true compare may be folded to true
;; expect: proved
;; source
define i1 @f(i32 noundef %x) {
  %a = add nsw i32 %x, 1
  %c = icmp sgt i32 %a, %x
  %f = freeze i1 %c
  ret i1 %f
}
;; target
define i1 @f(i32 noundef %x) {
  ret i1 true
}

;; pair: freeze of freeze is freeze
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %a = freeze i32 %x
  %b = freeze i32 %a
  ret i32 %b
}
;; target
define i32 @f(i32 %x) {
  %a = freeze i32 %x
  ret i32 %a
}

;; pair: one freeze used twice is not two freezes (they may differ)
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  %a = freeze i32 %x
  %r = sub i32 %a, %a
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %a = freeze i32 %x
  %b = freeze i32 %x
  %r = sub i32 %a, %b
  ret i32 %r
}

;; pair: phi with a poison incoming value on one edge is the other value
;; expect: proved
;; source
define i32 @f(i1 %c, i32 %x) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ poison, %a ], [ %x, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 %c, i32 %x) {
entry:
  ret i32 %x
}

;; pair: branch on a poison nsw-overflow compare is UB, target returns anything
;; expect: proved
;; source
define i32 @f(i32 %x) {
entry:
  %a = add nsw i32 %x, 1
  %c = icmp sgt i32 %a, %x
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 2
}
;; target
define i32 @f(i32 %x) {
entry:
  ret i32 1
}

;; pair: a branch on a compare of a possibly-poison argument folded away; target returns 2 on the taken path
;; expect: refuted
;; source
define i32 @f(i32 %x) {
entry:
  %c = icmp sgt i32 %x, 5
  br i1 %c, label %t, label %e
t:
  ret i32 1
e:
  ret i32 2
}
;; target
define i32 @f(i32 %x) {
entry:
  ret i32 2
}

;; pair: icmp slt x, 0 is the sign bit
;; expect: proved
;; source
define i1 @f(i32 %x) {
  %c = icmp slt i32 %x, 0
  ret i1 %c
}
;; target
define i1 @f(i32 %x) {
  %s = lshr i32 %x, 31
  %c = trunc i32 %s to i1
  ret i1 %c
}

;; pair: icmp sle x, y is not icmp ule x, y
;; expect: refuted
;; source
define i1 @f(i32 %x, i32 %y) {
  %c = icmp sle i32 %x, %y
  ret i1 %c
}
;; target
define i1 @f(i32 %x, i32 %y) {
  %c = icmp ule i32 %x, %y
  ret i1 %c
}

;; pair: icmp of non-negative values: sle is ule
;; expect: proved
;; source
define i1 @f(i32 %x, i32 %y) {
  %a = lshr i32 %x, 1
  %b = lshr i32 %y, 1
  %c = icmp sle i32 %a, %b
  ret i1 %c
}
;; target
define i1 @f(i32 %x, i32 %y) {
  %a = lshr i32 %x, 1
  %b = lshr i32 %y, 1
  %c = icmp ule i32 %a, %b
  ret i1 %c
}
