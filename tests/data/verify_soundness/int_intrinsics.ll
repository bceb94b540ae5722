; Integer intrinsics: abs, ctlz/cttz, ctpop, bswap, bitreverse, fshl/fshr, min/max, saturating, with.overflow.

;; pair: abs with poison-at-INT_MIN relaxed to abs without it
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %r = call i32 @llvm.abs.i32(i32 %x, i1 true)
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %r = call i32 @llvm.abs.i32(i32 %x, i1 false)
  ret i32 %r
}
declare i32 @llvm.abs.i32(i32, i1)

;; pair: target makes abs poison at INT_MIN
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  %r = call i32 @llvm.abs.i32(i32 %x, i1 false)
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %r = call i32 @llvm.abs.i32(i32 %x, i1 true)
  ret i32 %r
}
declare i32 @llvm.abs.i32(i32, i1)

;; pair: abs without the poison flag is not always non-negative (INT_MIN)
;; expect: refuted
;; source
define i1 @f(i32 %x) {
  %r = call i32 @llvm.abs.i32(i32 %x, i1 false)
  %c = icmp sge i32 %r, 0
  ret i1 %c
}
;; target
define i1 @f(i32 %x) {
  ret i1 true
}

;; pair: abs with the poison flag is non-negative
;; expect: proved
;; source
define i1 @f(i32 %x) {
  %r = call i32 @llvm.abs.i32(i32 %x, i1 true)
  %c = icmp sge i32 %r, 0
  ret i1 %c
}
;; target
define i1 @f(i32 %x) {
  ret i1 true
}

;; pair: abs of INT_MIN without the flag is INT_MIN
;; expect: proved
;; source
define i8 @f() {
  %r = call i8 @llvm.abs.i8(i8 -128, i1 false)
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 -128
}
declare i8 @llvm.abs.i8(i8, i1)

;; pair: ctlz with zero-poison relaxed to ctlz without
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %r = call i32 @llvm.ctlz.i32(i32 %x, i1 true)
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %r = call i32 @llvm.ctlz.i32(i32 %x, i1 false)
  ret i32 %r
}
declare i32 @llvm.ctlz.i32(i32, i1)

;; pair: target makes ctlz poison at zero
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  %r = call i32 @llvm.ctlz.i32(i32 %x, i1 false)
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %r = call i32 @llvm.ctlz.i32(i32 %x, i1 true)
  ret i32 %r
}
declare i32 @llvm.ctlz.i32(i32, i1)

;; pair: cttz of 0 without the flag is the bit width
;; expect: proved
;; source
define i16 @f() {
  %r = call i16 @llvm.cttz.i16(i16 0, i1 false)
  ret i16 %r
}
;; target
define i16 @f() {
  ret i16 16
}
declare i16 @llvm.cttz.i16(i16, i1)

;; pair: ctlz of 1 is 31, target says 30
;; expect: refuted
;; source
define i32 @f() {
  %r = call i32 @llvm.ctlz.i32(i32 1, i1 true)
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 30
}
declare i32 @llvm.ctlz.i32(i32, i1)

;; pair: ctpop of an i8 argument is at most 8
;; expect: proved
;; source
define i1 @f(i8 %x) {
  %r = call i8 @llvm.ctpop.i8(i8 %x)
  %c = icmp ule i8 %r, 8
  ret i1 %c
}
;; target
define i1 @f(i8 %x) {
  ret i1 true
}
declare i8 @llvm.ctpop.i8(i8)

;; pair: ctpop i8 is at most 7 (wrong for 255)
;; expect: refuted
;; source
define i1 @f(i8 %x) {
  %r = call i8 @llvm.ctpop.i8(i8 %x)
  %c = icmp ule i8 %r, 7
  ret i1 %c
}
;; target
define i1 @f(i8 %x) {
  ret i1 true
}
declare i8 @llvm.ctpop.i8(i8)

;; pair: bswap i16 0x1234 is 0x3412
;; expect: proved
;; source
define i16 @f() {
  %r = call i16 @llvm.bswap.i16(i16 4660)
  ret i16 %r
}
;; target
define i16 @f() {
  ret i16 13330
}
declare i16 @llvm.bswap.i16(i16)

;; pair: bswap i32 is a byte reversal, target rotates by 16
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  %r = call i32 @llvm.bswap.i32(i32 %x)
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %r = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 16)
  ret i32 %r
}
declare i32 @llvm.bswap.i32(i32)
declare i32 @llvm.fshl.i32(i32, i32, i32)

;; pair: bswap i48 byte order (6 bytes)
;; expect: proved
;; source
define i48 @f() {
  %r = call i48 @llvm.bswap.i48(i48 1108152157446)
  ret i48 %r
}
;; target
define i48 @f() {
  ret i48 6618611909121
}
declare i48 @llvm.bswap.i48(i48)

;; pair: bitreverse i8 1 is 128
;; expect: proved
;; source
define i8 @f() {
  %r = call i8 @llvm.bitreverse.i8(i8 1)
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 -128
}
declare i8 @llvm.bitreverse.i8(i8)

;; pair: bitreverse i8 6 is 96, target says 48
;; expect: refuted
;; source
define i8 @f() {
  %r = call i8 @llvm.bitreverse.i8(i8 6)
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 48
}
declare i8 @llvm.bitreverse.i8(i8)

;; pair: fshl by the bit width is fshl by 0 (the amount is taken modulo the width): x
;; expect: proved
;; source
define i8 @f(i8 %x, i8 %y) {
  %r = call i8 @llvm.fshl.i8(i8 %x, i8 %y, i8 8)
  ret i8 %r
}
;; target
define i8 @f(i8 %x, i8 %y) {
  ret i8 %x
}
declare i8 @llvm.fshl.i8(i8, i8, i8)

;; pair: fshr by the bit width is y, target returns x
;; expect: refuted
;; source
define i8 @f(i8 %x, i8 %y) {
  %r = call i8 @llvm.fshr.i8(i8 %x, i8 %y, i8 8)
  ret i8 %r
}
;; target
define i8 @f(i8 %x, i8 %y) {
  ret i8 %x
}
declare i8 @llvm.fshr.i8(i8, i8, i8)

;; pair: fshl x, y, 3 is (x << 3) | (y >> 5)
;; expect: proved
;; source
define i8 @f(i8 %x, i8 %y) {
  %r = call i8 @llvm.fshl.i8(i8 %x, i8 %y, i8 3)
  ret i8 %r
}
;; target
define i8 @f(i8 %x, i8 %y) {
  %a = shl i8 %x, 3
  %b = lshr i8 %y, 5
  %r = or disjoint i8 %a, %b
  ret i8 %r
}
declare i8 @llvm.fshl.i8(i8, i8, i8)

;; pair: fshr x, y, 3 is (x << 5) | (y >> 3), target swaps the amounts
;; expect: refuted
;; source
define i8 @f(i8 %x, i8 %y) {
  %r = call i8 @llvm.fshr.i8(i8 %x, i8 %y, i8 3)
  ret i8 %r
}
;; target
define i8 @f(i8 %x, i8 %y) {
  %a = shl i8 %x, 3
  %b = lshr i8 %y, 5
  %r = or i8 %a, %b
  ret i8 %r
}
declare i8 @llvm.fshr.i8(i8, i8, i8)

;; pair: a rotate by a variable amount, target uses shifts (poison for amount 0: lshr by 32)
;; expect: refuted
;; source
define i32 @f(i32 %x, i32 %c) {
  %m = and i32 %c, 31
  %r = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 %m)
  ret i32 %r
}
;; target
define i32 @f(i32 %x, i32 %c) {
  %m = and i32 %c, 31
  %a = shl i32 %x, %m
  %n = sub i32 32, %m
  %b = lshr i32 %x, %n
  %r = or i32 %a, %b
  ret i32 %r
}
declare i32 @llvm.fshl.i32(i32, i32, i32)

;; pair: smax is select of sgt
;; expect: proved
;; source
define i32 @f(i32 noundef %x, i32 noundef %y) {
  %r = call i32 @llvm.smax.i32(i32 %x, i32 %y)
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x, i32 noundef %y) {
  %c = icmp sgt i32 %x, %y
  %r = select i1 %c, i32 %x, i32 %y
  ret i32 %r
}
declare i32 @llvm.smax.i32(i32, i32)

;; pair: umin is not smin
;; expect: refuted
;; source
define i32 @f(i32 %x, i32 %y) {
  %r = call i32 @llvm.umin.i32(i32 %x, i32 %y)
  ret i32 %r
}
;; target
define i32 @f(i32 %x, i32 %y) {
  %r = call i32 @llvm.smin.i32(i32 %x, i32 %y)
  ret i32 %r
}
declare i32 @llvm.umin.i32(i32, i32)
declare i32 @llvm.smin.i32(i32, i32)

;; pair: umax(x, 0) is x
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %r = call i32 @llvm.umax.i32(i32 %x, i32 0)
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}
declare i32 @llvm.umax.i32(i32, i32)

;; pair: umin(x, poison) is poison, target folds it to 0
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %r = call i32 @llvm.umin.i32(i32 %x, i32 poison)
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 0
}
declare i32 @llvm.umin.i32(i32, i32)

;; pair: smin(x, INT_MIN) is INT_MIN, target returns x
;; expect: refuted
;; source
define i8 @f(i8 %x) {
  %r = call i8 @llvm.smin.i8(i8 %x, i8 -128)
  ret i8 %r
}
;; target
define i8 @f(i8 %x) {
  ret i8 %x
}
declare i8 @llvm.smin.i8(i8, i8)

;; pair: uadd.sat is an add clamped at the all-ones value
;; expect: proved
;; source
define i8 @f(i8 noundef %x, i8 noundef %y) {
  %r = call i8 @llvm.uadd.sat.i8(i8 %x, i8 %y)
  ret i8 %r
}
;; target
define i8 @f(i8 noundef %x, i8 noundef %y) {
  %a = add i8 %x, %y
  %c = icmp ult i8 %a, %x
  %r = select i1 %c, i8 -1, i8 %a
  ret i8 %r
}
declare i8 @llvm.uadd.sat.i8(i8, i8)

;; pair: sadd.sat of INT_MAX and 1 is INT_MAX
;; expect: proved
;; source
define i8 @f() {
  %r = call i8 @llvm.sadd.sat.i8(i8 127, i8 1)
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 127
}
declare i8 @llvm.sadd.sat.i8(i8, i8)

;; pair: ssub.sat(0, INT_MIN) is INT_MAX, target returns INT_MIN
;; expect: refuted
;; source
define i8 @f() {
  %r = call i8 @llvm.ssub.sat.i8(i8 0, i8 -128)
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 -128
}
declare i8 @llvm.ssub.sat.i8(i8, i8)

;; pair: usub.sat(x, y) is x - umin(x, y)
;; expect: proved
;; source
define i16 @f(i16 noundef %x, i16 noundef %y) {
  %r = call i16 @llvm.usub.sat.i16(i16 %x, i16 %y)
  ret i16 %r
}
;; target
define i16 @f(i16 noundef %x, i16 noundef %y) {
  %m = call i16 @llvm.umin.i16(i16 %x, i16 %y)
  %r = sub nuw i16 %x, %m
  ret i16 %r
}
declare i16 @llvm.usub.sat.i16(i16, i16)
declare i16 @llvm.umin.i16(i16, i16)

;; pair: sadd.sat is not an add nsw (the target is poison where the source saturates)
;; expect: refuted
;; source
define i8 @f(i8 %x, i8 %y) {
  %r = call i8 @llvm.sadd.sat.i8(i8 %x, i8 %y)
  ret i8 %r
}
;; target
define i8 @f(i8 %x, i8 %y) {
  %r = add nsw i8 %x, %y
  ret i8 %r
}
declare i8 @llvm.sadd.sat.i8(i8, i8)

;; pair: an add nsw is a sadd.sat (the source is poison where they differ)
;; expect: proved
;; source
define i8 @f(i8 %x, i8 %y) {
  %r = add nsw i8 %x, %y
  ret i8 %r
}
;; target
define i8 @f(i8 %x, i8 %y) {
  %r = call i8 @llvm.sadd.sat.i8(i8 %x, i8 %y)
  ret i8 %r
}
declare i8 @llvm.sadd.sat.i8(i8, i8)

;; pair: umul.with.overflow of 16 * 16 (i8) overflows, target says no overflow
;; expect: refuted
;; source
define i1 @f() {
  %s = call { i8, i1 } @llvm.umul.with.overflow.i8(i8 16, i8 16)
  %o = extractvalue { i8, i1 } %s, 1
  ret i1 %o
}
;; target
define i1 @f() {
  ret i1 false
}
declare { i8, i1 } @llvm.umul.with.overflow.i8(i8, i8)

;; pair: smul.with.overflow of -1 * -128 (i8) overflows
;; expect: proved
;; source
define i1 @f() {
  %s = call { i8, i1 } @llvm.smul.with.overflow.i8(i8 -1, i8 -128)
  %o = extractvalue { i8, i1 } %s, 1
  ret i1 %o
}
;; target
define i1 @f() {
  ret i1 true
}
declare { i8, i1 } @llvm.smul.with.overflow.i8(i8, i8)

;; pair: usub.with.overflow's value when the flag is clear replaced by sub nuw
;; expect: proved
;; source
define i32 @f(i32 noundef %x, i32 noundef %y) {
  %s = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 %x, i32 %y)
  %v = extractvalue { i32, i1 } %s, 0
  %o = extractvalue { i32, i1 } %s, 1
  %r = select i1 %o, i32 0, i32 %v
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x, i32 noundef %y) {
  %c = icmp ult i32 %x, %y
  %v = sub nuw i32 %x, %y
  %r = select i1 %c, i32 0, i32 %v
  ret i32 %r
}
declare { i32, i1 } @llvm.usub.with.overflow.i32(i32, i32)

;; pair: the overflow value of uadd.with.overflow is the wrapped sum (not poison), target returns poison on overflow
;; expect: refuted
;; source
define i32 @f(i32 %x, i32 %y) {
  %s = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %x, i32 %y)
  %v = extractvalue { i32, i1 } %s, 0
  ret i32 %v
}
;; target
define i32 @f(i32 %x, i32 %y) {
  %v = add nuw i32 %x, %y
  ret i32 %v
}
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32)

;; pair: ctlz of a zext i8 to i32 is at least 24
;; expect: proved
;; source
define i1 @f(i8 %x) {
  %z = zext i8 %x to i32
  %r = call i32 @llvm.ctlz.i32(i32 %z, i1 false)
  %c = icmp uge i32 %r, 24
  ret i1 %c
}
;; target
define i1 @f(i8 %x) {
  ret i1 true
}
declare i32 @llvm.ctlz.i32(i32, i1)

;; pair: ctlz of an i1 zero with the flag clear is 1
;; expect: proved
;; source
define i1 @f() {
  %r = call i1 @llvm.ctlz.i1(i1 false, i1 false)
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 true
}
declare i1 @llvm.ctlz.i1(i1, i1)
