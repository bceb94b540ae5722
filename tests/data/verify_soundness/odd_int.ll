; Probe set F: unusual integer widths (i1, i3, i7, i33, i48, i65, i128, i256).

;; pair: add nsw i1 is poison for true + true (-1 + -1 = -2), so xor refines it
;; expect: proved
;; source
define i1 @f(i1 %a, i1 %b) {
  %r = add nsw i1 %a, %b
  ret i1 %r
}
;; target
define i1 @f(i1 %a, i1 %b) {
  %r = xor i1 %a, %b
  ret i1 %r
}

;; pair: target adds nsw to an i1 add (true + true overflows signed)
;; expect: wrong
;; source
define i1 @f(i1 %a, i1 %b) {
  %r = add i1 %a, %b
  ret i1 %r
}
;; target
define i1 @f(i1 %a, i1 %b) {
  %r = add nsw i1 %a, %b
  ret i1 %r
}

;; pair: icmp slt i1 x, false is x (true is -1)
;; expect: proved
;; source
define i1 @f(i1 %x) {
  %r = icmp slt i1 %x, false
  ret i1 %r
}
;; target
define i1 @f(i1 %x) {
  ret i1 %x
}

;; pair: icmp sgt i1 x, false is never true, target returns x
;; expect: wrong
;; source
define i1 @f(i1 %x) {
  %r = icmp sgt i1 %x, false
  ret i1 %r
}
;; target
define i1 @f(i1 %x) {
  ret i1 %x
}

;; pair: icmp ugt i1 x, false is x
;; expect: proved
;; source
define i1 @f(i1 %x) {
  %r = icmp ugt i1 %x, false
  ret i1 %r
}
;; target
define i1 @f(i1 %x) {
  ret i1 %x
}

;; pair: udiv i1 x, true is x, target uses sdiv (true / -1 overflows: UB)
;; expect: wrong
;; source
define i1 @f(i1 %x) {
  %r = udiv i1 %x, true
  ret i1 %r
}
;; target
define i1 @f(i1 %x) {
  %r = sdiv i1 %x, true
  ret i1 %r
}

;; pair: urem i1 x, true is 0, target uses srem (INT_MIN srem -1 is UB)
;; expect: wrong
;; source
define i1 @f(i1 %x) {
  %r = urem i1 %x, true
  ret i1 %r
}
;; target
define i1 @f(i1 %x) {
  %r = srem i1 %x, true
  ret i1 %r
}

;; pair: sdiv i1 x, true is UB for x = true, so it may be folded to false
;; expect: proved
;; source
define i1 @f(i1 %x) {
  %r = sdiv i1 %x, true
  ret i1 %r
}
;; target
define i1 @f(i1 %x) {
  ret i1 false
}

;; pair: target adds nsw to an i1 mul (true * true = 1 overflows signed)
;; expect: wrong
;; source
define i1 @f(i1 %a, i1 %b) {
  %r = mul i1 %a, %b
  ret i1 %r
}
;; target
define i1 @f(i1 %a, i1 %b) {
  %r = mul nsw i1 %a, %b
  ret i1 %r
}

;; pair: sub nsw i1 false, true (0 - (-1) = 1) overflows: poison, target returns false
;; expect: proved
;; source
define i1 @f() {
  %r = sub nsw i1 false, true
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: ashr i7 x, 6 is the sign splat sext(x < 0)
;; expect: proved
;; source
define i7 @f(i7 %x) {
  %r = ashr i7 %x, 6
  ret i7 %r
}
;; target
define i7 @f(i7 %x) {
  %c = icmp slt i7 %x, 0
  %r = sext i1 %c to i7
  ret i7 %r
}

;; pair: shl i3 x, 3 is poison (amount = width), target returns 0
;; expect: proved
;; source
define i3 @f(i3 %x) {
  %r = shl i3 %x, 3
  ret i3 %r
}
;; target
define i3 @f(i3 %x) {
  ret i3 0
}

;; pair: shl i3 x, 2 is defined (only the low bit survives), target returns poison
;; expect: wrong
;; source
define i3 @f(i3 %x) {
  %r = shl i3 %x, 2
  ret i3 %r
}
;; target
define i3 @f(i3 %x) {
  ret i3 poison
}

;; pair: lshr i33 x, 32 is bit 32
;; expect: proved
;; source
define i33 @f(i33 %x) {
  %r = lshr i33 %x, 32
  ret i33 %r
}
;; target
define i33 @f(i33 %x) {
  %c = icmp slt i33 %x, 0
  %r = zext i1 %c to i33
  ret i33 %r
}

;; pair: lshr i33 x, 32 is not bit 31
;; expect: wrong
;; source
define i33 @f(i33 %x) {
  %r = lshr i33 %x, 32
  ret i33 %r
}
;; target
define i33 @f(i33 %x) {
  %t = trunc i33 %x to i32
  %c = icmp slt i32 %t, 0
  %r = zext i1 %c to i33
  ret i33 %r
}

;; pair: sdiv i65 x, -1 is UB only for INT_MIN, so sub 0, x refines it
;; expect: proved
;; source
define i65 @f(i65 %x) {
  %r = sdiv i65 %x, -1
  ret i65 %r
}
;; target
define i65 @f(i65 %x) {
  %r = sub i65 0, %x
  ret i65 %r
}

;; pair: trunc i65 to i64 and zext back drops bit 64, target returns x
;; expect: wrong
;; source
define i65 @f(i65 %x) {
  %t = trunc i65 %x to i64
  %r = zext i64 %t to i65
  ret i65 %r
}
;; target
define i65 @f(i65 %x) {
  ret i65 %x
}

;; pair: trunc nuw i65 to i64 and zext back is x
;; expect: proved
;; source
define i65 @f(i65 %x) {
  %t = trunc nuw i65 %x to i64
  %r = zext i64 %t to i65
  ret i65 %r
}
;; target
define i65 @f(i65 %x) {
  ret i65 %x
}

;; pair: trunc nsw i65 to i33 and zext back is not x (negative x)
;; expect: wrong
;; source
define i65 @f(i65 %x) {
  %t = trunc nsw i65 %x to i33
  %r = zext i33 %t to i65
  ret i65 %r
}
;; target
define i65 @f(i65 %x) {
  ret i65 %x
}

;; pair: i256 x + 1 == 0 iff x == -1
;; expect: proved
;; source
define i1 @f(i256 %x) {
  %a = add i256 %x, 1
  %r = icmp eq i256 %a, 0
  ret i1 %r
}
;; target
define i1 @f(i256 %x) {
  %r = icmp eq i256 %x, -1
  ret i1 %r
}

;; pair: i128 mul nuw by 2 then udiv by 2 is x
;; expect: proved
;; source
define i128 @f(i128 %x) {
  %a = mul nuw i128 %x, 2
  %r = udiv i128 %a, 2
  ret i128 %r
}
;; target
define i128 @f(i128 %x) {
  ret i128 %x
}

;; pair: i128 mul by 2 then udiv by 2 (no nuw) is not x
;; expect: wrong
;; source
define i128 @f(i128 %x) {
  %a = mul i128 %x, 2
  %r = udiv i128 %a, 2
  ret i128 %r
}
;; target
define i128 @f(i128 %x) {
  ret i128 %x
}

;; pair: ctlz i33 of 1 is 32
;; expect: proved
;; source
declare i33 @llvm.ctlz.i33(i33, i1)
define i33 @f() {
  %r = call i33 @llvm.ctlz.i33(i33 1, i1 false)
  ret i33 %r
}
;; target
declare i33 @llvm.ctlz.i33(i33, i1)
define i33 @f() {
  ret i33 32
}

;; pair: ctlz i33 of 0 (not poison) is 33, target says ctlz < 33
;; expect: wrong
;; source
declare i33 @llvm.ctlz.i33(i33, i1)
define i1 @f(i33 %x) {
  %c = call i33 @llvm.ctlz.i33(i33 %x, i1 false)
  %r = icmp ult i33 %c, 33
  ret i1 %r
}
;; target
declare i33 @llvm.ctlz.i33(i33, i1)
define i1 @f(i33 %x) {
  ret i1 true
}

;; pair: cttz i7 of 0 with zero-poison is poison, target gives 7
;; expect: proved
;; source
declare i7 @llvm.cttz.i7(i7, i1)
define i7 @f() {
  %r = call i7 @llvm.cttz.i7(i7 0, i1 true)
  ret i7 %r
}
;; target
declare i7 @llvm.cttz.i7(i7, i1)
define i7 @f() {
  ret i7 7
}

;; pair: ctpop i7 of -1 is 7, target says 8 mod 128
;; expect: wrong
;; source
declare i7 @llvm.ctpop.i7(i7)
define i7 @f() {
  %r = call i7 @llvm.ctpop.i7(i7 -1)
  ret i7 %r
}
;; target
declare i7 @llvm.ctpop.i7(i7)
define i7 @f() {
  ret i7 8
}

;; pair: bswap i48 of 0x010203040506 is 0x060504030201
;; expect: proved
;; source
declare i48 @llvm.bswap.i48(i48)
define i48 @f() {
  %r = call i48 @llvm.bswap.i48(i48 1108152157446)
  ret i48 %r
}
;; target
declare i48 @llvm.bswap.i48(i48)
define i48 @f() {
  ret i48 6618611909121
}

;; pair: bswap i48 of 0x010203040506, target says 0x000006050403 (a 64-bit bswap shifted)
;; expect: wrong
;; source
declare i48 @llvm.bswap.i48(i48)
define i48 @f() {
  %r = call i48 @llvm.bswap.i48(i48 1108152157446)
  ret i48 %r
}
;; target
declare i48 @llvm.bswap.i48(i48)
define i48 @f() {
  ret i48 394500
}

;; pair: bitreverse i3 of 1 is 4
;; expect: proved
;; source
declare i3 @llvm.bitreverse.i3(i3)
define i3 @f() {
  %r = call i3 @llvm.bitreverse.i3(i3 1)
  ret i3 %r
}
;; target
declare i3 @llvm.bitreverse.i3(i3)
define i3 @f() {
  ret i3 -4
}

;; pair: fshl i33 with shift 34 shifts by 1 (amount mod 33)
;; expect: proved
;; source
declare i33 @llvm.fshl.i33(i33, i33, i33)
define i33 @f(i33 %a, i33 %b) {
  %r = call i33 @llvm.fshl.i33(i33 %a, i33 %b, i33 34)
  ret i33 %r
}
;; target
declare i33 @llvm.fshl.i33(i33, i33, i33)
define i33 @f(i33 %a, i33 %b) {
  %x = shl i33 %a, 1
  %y = lshr i33 %b, 32
  %r = or i33 %x, %y
  ret i33 %r
}

;; pair: fshl i33 with shift 34, target treats the amount as 34 mod 64 (shl by 34 is poison)
;; expect: wrong
;; source
declare i33 @llvm.fshl.i33(i33, i33, i33)
define i33 @f(i33 %a, i33 %b) {
  %r = call i33 @llvm.fshl.i33(i33 %a, i33 %b, i33 34)
  ret i33 %r
}
;; target
declare i33 @llvm.fshl.i33(i33, i33, i33)
define i33 @f(i33 %a, i33 %b) {
  %x = shl i33 %a, 2
  %y = lshr i33 %b, 31
  %r = or i33 %x, %y
  ret i33 %r
}

;; pair: uitofp i65 -1 (2^65-1) to double rounds to 2^65
;; expect: proved
;; source
define double @f() {
  %r = uitofp i65 -1 to double
  ret double %r
}
;; target
define double @f() {
  ret double 0x4400000000000000
}

;; pair: sitofp i65 -1 is -1.0, target says 2^65
;; expect: wrong
;; source
define double @f() {
  %r = sitofp i65 -1 to double
  ret double %r
}
;; target
define double @f() {
  ret double 0x4400000000000000
}

;; pair: sitofp i65 INT_MIN is -2^64 exactly
;; expect: proved
;; source
define double @f() {
  %r = sitofp i65 -18446744073709551616 to double
  ret double %r
}
;; target
define double @f() {
  ret double 0xC3F0000000000000
}

;; pair: fptoui double 127.75 to i7 is 127
;; expect: proved
;; source
define i7 @f() {
  %r = fptoui double 127.75 to i7
  ret i7 %r
}
;; target
define i7 @f() {
  ret i7 -1
}

;; pair: fptoui double 127.75 to i7 is defined, target returns poison
;; expect: wrong
;; source
define i7 @f() {
  %r = fptoui double 127.75 to i7
  ret i7 %r
}
;; target
define i7 @f() {
  ret i7 poison
}

;; pair: fptoui double 128.0 to i7 is poison, target returns 0
;; expect: proved
;; source
define i7 @f() {
  %r = fptoui double 128.0 to i7
  ret i7 %r
}
;; target
define i7 @f() {
  ret i7 0
}

;; pair: fptosi double -64.0 to i7 is -64 (in range), target returns 0
;; expect: wrong
;; source
define i7 @f() {
  %r = fptosi double -64.0 to i7
  ret i7 %r
}
;; target
define i7 @f() {
  ret i7 0
}

;; pair: fptosi double -1.0 to i1 is true, target returns false
;; expect: wrong
;; source
define i1 @f() {
  %r = fptosi double -1.0 to i1
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: fptosi double 1.0 to i1 is poison (i1 holds -1 and 0), target returns false
;; expect: proved
;; source
define i1 @f() {
  %r = fptosi double 1.0 to i1
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: fptoui float x to i1 in range means x in (-1, 2): target says it equals fcmp oge x, 1.0
;; expect: proved
;; source
define i1 @f(float %x) {
  %r = fptoui float %x to i1
  ret i1 %r
}
;; target
define i1 @f(float %x) {
  %r = fcmp oge float %x, 1.0
  ret i1 %r
}

;; pair: abs i1 true is true (INT_MIN), with the poison flag it is poison
;; expect: proved
;; source
declare i1 @llvm.abs.i1(i1, i1)
define i1 @f(i1 %x) {
  %r = call i1 @llvm.abs.i1(i1 %x, i1 false)
  ret i1 %r
}
;; target
declare i1 @llvm.abs.i1(i1, i1)
define i1 @f(i1 %x) {
  ret i1 %x
}

;; pair: sadd.sat i7 63 + 1 saturates at 63, target wraps to -64
;; expect: wrong
;; source
declare i7 @llvm.sadd.sat.i7(i7, i7)
define i7 @f() {
  %r = call i7 @llvm.sadd.sat.i7(i7 63, i7 1)
  ret i7 %r
}
;; target
declare i7 @llvm.sadd.sat.i7(i7, i7)
define i7 @f() {
  ret i7 -64
}

;; pair: umul.with.overflow i33 of 2^32 * 2 overflows, target says no overflow
;; expect: wrong
;; source
declare { i33, i1 } @llvm.umul.with.overflow.i33(i33, i33)
define i1 @f() {
  %p = call { i33, i1 } @llvm.umul.with.overflow.i33(i33 4294967296, i33 2)
  %r = extractvalue { i33, i1 } %p, 1
  ret i1 %r
}
;; target
declare { i33, i1 } @llvm.umul.with.overflow.i33(i33, i33)
define i1 @f() {
  ret i1 false
}

;; pair: zext nneg i3 x to i65 is sext when x is non-negative
;; expect: proved
;; source
define i65 @f(i3 %x) {
  %r = zext nneg i3 %x to i65
  ret i65 %r
}
;; target
define i65 @f(i3 %x) {
  %r = sext i3 %x to i65
  ret i65 %r
}

;; pair: reduce.add on <4 x i1> is the xor of the lanes
;; expect: proved
;; source
declare i1 @llvm.vector.reduce.add.v4i1(<4 x i1>)
define i1 @f(<4 x i1> %v) {
  %r = call i1 @llvm.vector.reduce.add.v4i1(<4 x i1> %v)
  ret i1 %r
}
;; target
declare i1 @llvm.vector.reduce.xor.v4i1(<4 x i1>)
define i1 @f(<4 x i1> %v) {
  %r = call i1 @llvm.vector.reduce.xor.v4i1(<4 x i1> %v)
  ret i1 %r
}

;; pair: reduce.smax on <2 x i1> is the and of the lanes (false > true signed)
;; expect: proved
;; source
declare i1 @llvm.vector.reduce.smax.v2i1(<2 x i1>)
define i1 @f(<2 x i1> %v) {
  %r = call i1 @llvm.vector.reduce.smax.v2i1(<2 x i1> %v)
  ret i1 %r
}
;; target
declare i1 @llvm.vector.reduce.and.v2i1(<2 x i1>)
define i1 @f(<2 x i1> %v) {
  %r = call i1 @llvm.vector.reduce.and.v2i1(<2 x i1> %v)
  ret i1 %r
}

;; pair: reduce.smax on <2 x i1> is not the or of the lanes
;; expect: wrong
;; source
declare i1 @llvm.vector.reduce.smax.v2i1(<2 x i1>)
define i1 @f(<2 x i1> %v) {
  %r = call i1 @llvm.vector.reduce.smax.v2i1(<2 x i1> %v)
  ret i1 %r
}
;; target
declare i1 @llvm.vector.reduce.or.v2i1(<2 x i1>)
define i1 @f(<2 x i1> %v) {
  %r = call i1 @llvm.vector.reduce.or.v2i1(<2 x i1> %v)
  ret i1 %r
}
