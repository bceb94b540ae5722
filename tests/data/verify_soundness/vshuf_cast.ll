; Probe set F: shufflevector and vector casts (written from the LangRef).

;; pair: shuffle lanes 5 and 7 come from the second operand, target returns the first operand
;; expect: wrong
;; source
define <4 x i32> @f(<4 x i32> %a, <4 x i32> %b) {
  %r = shufflevector <4 x i32> %a, <4 x i32> %b, <4 x i32> <i32 0, i32 5, i32 2, i32 7>
  ret <4 x i32> %r
}
;; target
define <4 x i32> @f(<4 x i32> %a, <4 x i32> %b) {
  ret <4 x i32> %a
}

;; pair: shuffle blend <0,5,2,7> equals insertelement of b's lanes 1 and 3 into a
;; expect: proved
;; source
define <4 x i32> @f(<4 x i32> %a, <4 x i32> %b) {
  %r = shufflevector <4 x i32> %a, <4 x i32> %b, <4 x i32> <i32 0, i32 5, i32 2, i32 7>
  ret <4 x i32> %r
}
;; target
define <4 x i32> @f(<4 x i32> %a, <4 x i32> %b) {
  %b1 = extractelement <4 x i32> %b, i64 1
  %b3 = extractelement <4 x i32> %b, i64 3
  %t = insertelement <4 x i32> %a, i32 %b1, i64 1
  %r = insertelement <4 x i32> %t, i32 %b3, i64 3
  ret <4 x i32> %r
}

;; pair: length-doubling shuffle <0,1,2,3> is concat(a, b), target repeats a
;; expect: wrong
;; source
define <4 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  %r = shufflevector <2 x i32> %a, <2 x i32> %b, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  ret <4 x i32> %r
}
;; target
define <4 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  %r = shufflevector <2 x i32> %a, <2 x i32> %b, <4 x i32> <i32 0, i32 1, i32 0, i32 1>
  ret <4 x i32> %r
}

;; pair: length-halving shuffle takes the high half of a, built with extracts
;; expect: proved
;; source
define <2 x i16> @f(<4 x i16> %a) {
  %r = shufflevector <4 x i16> %a, <4 x i16> poison, <2 x i32> <i32 2, i32 3>
  ret <2 x i16> %r
}
;; target
define <2 x i16> @f(<4 x i16> %a) {
  %x = extractelement <4 x i16> %a, i32 2
  %y = extractelement <4 x i16> %a, i32 3
  %t = insertelement <2 x i16> poison, i16 %x, i32 0
  %r = insertelement <2 x i16> %t, i16 %y, i32 1
  ret <2 x i16> %r
}

;; pair: splat via zeroinitializer mask of a 2-lane vector to 4 lanes, target splats lane 1
;; expect: wrong
;; source
define <4 x i8> @f(<2 x i8> %a) {
  %r = shufflevector <2 x i8> %a, <2 x i8> poison, <4 x i32> zeroinitializer
  ret <4 x i8> %r
}
;; target
define <4 x i8> @f(<2 x i8> %a) {
  %r = shufflevector <2 x i8> %a, <2 x i8> poison, <4 x i32> <i32 1, i32 1, i32 1, i32 1>
  ret <4 x i8> %r
}

;; pair: splat of a noundef scalar via insertelement into poison + zero mask is the splat of x
;; expect: proved
;; source
define <4 x i8> @f(i8 noundef %x) {
  %t = insertelement <4 x i8> poison, i8 %x, i64 0
  %r = shufflevector <4 x i8> %t, <4 x i8> poison, <4 x i32> zeroinitializer
  ret <4 x i8> %r
}
;; target
define <4 x i8> @f(i8 noundef %x) {
  %a = insertelement <4 x i8> undef, i8 %x, i64 0
  %b = insertelement <4 x i8> %a, i8 %x, i64 1
  %c = insertelement <4 x i8> %b, i8 %x, i64 2
  %r = insertelement <4 x i8> %c, i8 %x, i64 3
  ret <4 x i8> %r
}

;; pair: splat with lane 1 selecting from the undefined lane 1 of insertelement poison: lane 1 poison, target keeps x
;; expect: right
;; source
define <2 x i8> @f(i8 %x) {
  %t = insertelement <2 x i8> poison, i8 %x, i64 0
  %r = shufflevector <2 x i8> %t, <2 x i8> poison, <2 x i32> <i32 0, i32 1>
  ret <2 x i8> %r
}
;; target
define <2 x i8> @f(i8 %x) {
  %t = insertelement <2 x i8> poison, i8 %x, i64 0
  %r = insertelement <2 x i8> %t, i8 %x, i64 1
  ret <2 x i8> %r
}

;; pair: target uses an undef mask element (poison lane in LLVM 19) where the source lane is defined
;; expect: wrong
;; source
define <2 x i32> @f(<2 x i32> %a) {
  %r = shufflevector <2 x i32> %a, <2 x i32> poison, <2 x i32> <i32 1, i32 0>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %a) {
  %r = shufflevector <2 x i32> %a, <2 x i32> poison, <2 x i32> <i32 1, i32 undef>
  ret <2 x i32> %r
}

;; pair: reversing a reversed vector is the identity
;; expect: proved
;; source
define <4 x i32> @f(<4 x i32> %a) {
  %r1 = shufflevector <4 x i32> %a, <4 x i32> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>
  %r2 = shufflevector <4 x i32> %r1, <4 x i32> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>
  ret <4 x i32> %r2
}
;; target
define <4 x i32> @f(<4 x i32> %a) {
  ret <4 x i32> %a
}

;; pair: odd lanes of <8 x i8> are not the even lanes
;; expect: wrong
;; source
define <4 x i8> @f(<8 x i8> %a) {
  %r = shufflevector <8 x i8> %a, <8 x i8> poison, <4 x i32> <i32 1, i32 3, i32 5, i32 7>
  ret <4 x i8> %r
}
;; target
define <4 x i8> @f(<8 x i8> %a) {
  %r = shufflevector <8 x i8> %a, <8 x i8> poison, <4 x i32> <i32 0, i32 2, i32 4, i32 6>
  ret <4 x i8> %r
}

;; pair: odd lanes of <8 x i8> via the <4 x i16> bitcast: a poison even lane poisons the odd lane in the target
;; expect: wrong
;; source
define <4 x i8> @f(<8 x i8> %a) {
  %r = shufflevector <8 x i8> %a, <8 x i8> poison, <4 x i32> <i32 1, i32 3, i32 5, i32 7>
  ret <4 x i8> %r
}
;; target
define <4 x i8> @f(<8 x i8> %a) {
  %w = bitcast <8 x i8> %a to <4 x i16>
  %s = lshr <4 x i16> %w, splat (i16 8)
  %r = trunc <4 x i16> %s to <4 x i8>
  ret <4 x i8> %r
}

;; pair: shuffle whose second operand is undef: selected lanes are undef, target returns zero there
;; expect: right
;; source
define <4 x i32> @f(<2 x i32> %a) {
  %r = shufflevector <2 x i32> %a, <2 x i32> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  ret <4 x i32> %r
}
;; target
define <4 x i32> @f(<2 x i32> %a) {
  %r = shufflevector <2 x i32> %a, <2 x i32> zeroinitializer, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  ret <4 x i32> %r
}

;; pair: two undef lanes of a shuffle are independent: target returning <a0, 1, 2> for a splat of one frozen undef is wrong
;; expect: wrong
;; source
define <2 x i32> @f() {
  %u = freeze i32 undef
  %t = insertelement <2 x i32> poison, i32 %u, i64 0
  %r = shufflevector <2 x i32> %t, <2 x i32> poison, <2 x i32> zeroinitializer
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f() {
  ret <2 x i32> <i32 1, i32 2>
}

;; pair: a shuffle of an undef vector may give two different lanes, target returns <1, 2>
;; expect: right
;; source
define <2 x i32> @f() {
  %r = shufflevector <2 x i32> undef, <2 x i32> undef, <2 x i32> <i32 0, i32 3>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f() {
  ret <2 x i32> <i32 1, i32 2>
}

;; pair: bitcast <2 x i32> to i64 puts lane 1 in the high half (little-endian)
;; expect: proved
;; source
define i64 @f(<2 x i32> %v) {
  %r = bitcast <2 x i32> %v to i64
  ret i64 %r
}
;; target
define i64 @f(<2 x i32> %v) {
  %a = extractelement <2 x i32> %v, i64 0
  %b = extractelement <2 x i32> %v, i64 1
  %za = zext i32 %a to i64
  %zb = zext i32 %b to i64
  %s = shl nuw i64 %zb, 32
  %r = or disjoint i64 %s, %za
  ret i64 %r
}

;; pair: bitcast <2 x i32> to i64, target puts lane 0 in the high half
;; expect: wrong
;; source
define i64 @f(<2 x i32> %v) {
  %r = bitcast <2 x i32> %v to i64
  ret i64 %r
}
;; target
define i64 @f(<2 x i32> %v) {
  %a = extractelement <2 x i32> %v, i64 0
  %b = extractelement <2 x i32> %v, i64 1
  %za = zext i32 %a to i64
  %zb = zext i32 %b to i64
  %s = shl nuw i64 %za, 32
  %r = or disjoint i64 %s, %zb
  ret i64 %r
}

;; pair: bitcast i64 to <4 x i16>, lane 3 is bits 48..63
;; expect: proved
;; source
define i16 @f(i64 %x) {
  %v = bitcast i64 %x to <4 x i16>
  %r = extractelement <4 x i16> %v, i32 3
  ret i16 %r
}
;; target
define i16 @f(i64 %x) {
  %s = lshr i64 %x, 48
  %r = trunc i64 %s to i16
  ret i16 %r
}

;; pair: bitcast i64 to <4 x i16>, target takes lane 3 from bits 32..47
;; expect: wrong
;; source
define i16 @f(i64 %x) {
  %v = bitcast i64 %x to <4 x i16>
  %r = extractelement <4 x i16> %v, i32 3
  ret i16 %r
}
;; target
define i16 @f(i64 %x) {
  %s = lshr i64 %x, 32
  %r = trunc i64 %s to i16
  ret i16 %r
}

;; pair: bitcast of the constant <8 x i8> <0..7> to <2 x i32>: lane 1 is 0x07060504
;; expect: proved
;; source
define i32 @f() {
  %v = bitcast <8 x i8> <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7> to <2 x i32>
  %r = extractelement <2 x i32> %v, i32 1
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 117835012
}

;; pair: bitcast of the constant <8 x i8> <0..7> to <2 x i32>: target says lane 1 is 0x04050607
;; expect: wrong
;; source
define i32 @f() {
  %v = bitcast <8 x i8> <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7> to <2 x i32>
  %r = extractelement <2 x i32> %v, i32 1
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 67438087
}

;; pair: <2 x i32> with a poison lane 1 bitcast to <4 x i16>: lanes 0 and 1 stay defined, target makes lane 1 poison
;; expect: wrong
;; source
define <4 x i16> @f(i32 %x) {
  %v = insertelement <2 x i32> poison, i32 %x, i64 0
  %r = bitcast <2 x i32> %v to <4 x i16>
  ret <4 x i16> %r
}
;; target
define <4 x i16> @f(i32 %x) {
  %lo = trunc i32 %x to i16
  %r = insertelement <4 x i16> poison, i16 %lo, i64 0
  ret <4 x i16> %r
}

;; pair: <2 x i32> with a poison lane 1 bitcast to <8 x i8>: only lanes 4..7 are poison, target zeroes them
;; expect: proved
;; source
define <8 x i8> @f(i32 %x) {
  %v = insertelement <2 x i32> poison, i32 %x, i64 0
  %r = bitcast <2 x i32> %v to <8 x i8>
  ret <8 x i8> %r
}
;; target
define <8 x i8> @f(i32 %x) {
  %z = zext i32 %x to i64
  %r = bitcast i64 %z to <8 x i8>
  ret <8 x i8> %r
}

;; pair: <2 x i32> with a poison lane 1 bitcast to i64 is entirely poison, target returns 7
;; expect: proved
;; source
define i64 @f(i32 %x) {
  %v = insertelement <2 x i32> poison, i32 %x, i64 0
  %r = bitcast <2 x i32> %v to i64
  ret i64 %r
}
;; target
define i64 @f(i32 %x) {
  ret i64 7
}

;; pair: bitcast <2 x float> to i64 keeps NaN payload bits (lane 0 low)
;; expect: proved
;; source
define i64 @f(<2 x float> %v) {
  %r = bitcast <2 x float> %v to i64
  ret i64 %r
}
;; target
define i64 @f(<2 x float> %v) {
  %i = bitcast <2 x float> %v to <2 x i32>
  %r = bitcast <2 x i32> %i to i64
  ret i64 %r
}

;; pair: bitcast i64 to <2 x float> then fadd lane 0 with 0.0 is not the raw low half (sNaN / -0.0)
;; expect: wrong
;; source
define i32 @f(i64 %x) {
  %v = bitcast i64 %x to <2 x float>
  %e = extractelement <2 x float> %v, i32 0
  %a = fadd float %e, 0.0
  %r = bitcast float %a to i32
  ret i32 %r
}
;; target
define i32 @f(i64 %x) {
  %r = trunc i64 %x to i32
  ret i32 %r
}

;; pair: <4 x i8> -> float -> <2 x i16> bitcasts keep the bits
;; expect: proved
;; source
define <2 x i16> @f(<4 x i8> %v) {
  %a = bitcast <4 x i8> %v to float
  %r = bitcast float %a to <2 x i16>
  ret <2 x i16> %r
}
;; target
define <2 x i16> @f(<4 x i8> %v) {
  %r = bitcast <4 x i8> %v to <2 x i16>
  ret <2 x i16> %r
}

;; pair: bitcast <4 x i8> to <2 x i16>: lane 1 is byte 2 | byte 3 << 8, target uses bytes 1 and 2
;; expect: wrong
;; source
define i16 @f(<4 x i8> %v) {
  %w = bitcast <4 x i8> %v to <2 x i16>
  %r = extractelement <2 x i16> %w, i32 1
  ret i16 %r
}
;; target
define i16 @f(<4 x i8> %v) {
  %a = extractelement <4 x i8> %v, i32 1
  %b = extractelement <4 x i8> %v, i32 2
  %za = zext i8 %a to i16
  %zb = zext i8 %b to i16
  %s = shl i16 %zb, 8
  %r = or i16 %s, %za
  ret i16 %r
}

;; pair: bitcast <2 x i4> to i8: lane 1 is the high nibble, target says low nibble
;; expect: wrong
;; source
define i4 @f(i8 %x) {
  %v = bitcast i8 %x to <2 x i4>
  %r = extractelement <2 x i4> %v, i32 1
  ret i4 %r
}
;; target
define i4 @f(i8 %x) {
  %r = trunc i8 %x to i4
  ret i4 %r
}

;; pair: bitcast i8 to <2 x i4>: lane 1 is the high nibble
;; expect: proved
;; source
define i4 @f(i8 %x) {
  %v = bitcast i8 %x to <2 x i4>
  %r = extractelement <2 x i4> %v, i32 1
  ret i4 %r
}
;; target
define i4 @f(i8 %x) {
  %s = lshr i8 %x, 4
  %r = trunc i8 %s to i4
  ret i4 %r
}

;; pair: bitcast <3 x i8> to i24 (odd count): lane 2 is the top byte
;; expect: proved
;; source
define i24 @f(<3 x i8> %v) {
  %r = bitcast <3 x i8> %v to i24
  ret i24 %r
}
;; target
define i24 @f(<3 x i8> %v) {
  %a = extractelement <3 x i8> %v, i32 0
  %b = extractelement <3 x i8> %v, i32 1
  %c = extractelement <3 x i8> %v, i32 2
  %za = zext i8 %a to i24
  %zb = zext i8 %b to i24
  %zc = zext i8 %c to i24
  %sb = shl i24 %zb, 8
  %sc = shl i24 %zc, 16
  %o = or i24 %za, %sb
  %r = or i24 %o, %sc
  ret i24 %r
}

;; pair: bitcast <1 x i64> to <2 x i32> then extracting lane 0 is trunc
;; expect: proved
;; source
define i32 @f(<1 x i64> %v) {
  %w = bitcast <1 x i64> %v to <2 x i32>
  %r = extractelement <2 x i32> %w, i32 0
  ret i32 %r
}
;; target
define i32 @f(<1 x i64> %v) {
  %e = extractelement <1 x i64> %v, i32 0
  %r = trunc i64 %e to i32
  ret i32 %r
}

;; pair: odd lanes of a noundef <8 x i8> equal the high bytes of the <4 x i16> bitcast (little-endian)
;; expect: proved
;; source
define <4 x i8> @f(<8 x i8> noundef %a) {
  %r = shufflevector <8 x i8> %a, <8 x i8> poison, <4 x i32> <i32 1, i32 3, i32 5, i32 7>
  ret <4 x i8> %r
}
;; target
define <4 x i8> @f(<8 x i8> noundef %a) {
  %w = bitcast <8 x i8> %a to <4 x i16>
  %s = lshr <4 x i16> %w, splat (i16 8)
  %r = trunc <4 x i16> %s to <4 x i8>
  ret <4 x i8> %r
}
