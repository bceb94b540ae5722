; Vector instructions: bitcast and endianness, element ops with out-of-range indices, shuffles with poison mask
; elements, lane-wise flags and poison, reductions, vector constants with poison lanes.

;; pair: big-endian: bitcast <2 x i16> to i32 puts lane 0 in the high half, target puts it in the low half
;; expect: wrong
;; source
target datalayout = "E-m:e-i64:64-n32:64-S128"
define i32 @f(<2 x i16> %v) {
  %r = bitcast <2 x i16> %v to i32
  ret i32 %r
}
;; target
target datalayout = "E-m:e-i64:64-n32:64-S128"
define i32 @f(<2 x i16> %v) {
  %a = extractelement <2 x i16> %v, i64 0
  %b = extractelement <2 x i16> %v, i64 1
  %za = zext i16 %a to i32
  %zb = zext i16 %b to i32
  %s = shl i32 %zb, 16
  %r = or disjoint i32 %s, %za
  ret i32 %r
}

;; pair: big-endian: bitcast <2 x i16> to i32 puts lane 0 in the high half
;; expect: right
;; source
target datalayout = "E-m:e-i64:64-n32:64-S128"
define i32 @f(<2 x i16> %v) {
  %r = bitcast <2 x i16> %v to i32
  ret i32 %r
}
;; target
target datalayout = "E-m:e-i64:64-n32:64-S128"
define i32 @f(<2 x i16> %v) {
  %a = extractelement <2 x i16> %v, i64 0
  %b = extractelement <2 x i16> %v, i64 1
  %za = zext i16 %a to i32
  %zb = zext i16 %b to i32
  %s = shl i32 %za, 16
  %r = or disjoint i32 %s, %zb
  ret i32 %r
}

;; pair: big-endian constant: bitcast <2 x i16> <1, 2> to i32 is 0x00010002, target returns 0x00020001
;; expect: wrong
;; source
target datalayout = "E-m:e-i64:64-n32:64-S128"
define i32 @f() {
  %r = bitcast <2 x i16> <i16 1, i16 2> to i32
  ret i32 %r
}
;; target
target datalayout = "E-m:e-i64:64-n32:64-S128"
define i32 @f() {
  ret i32 131073
}

;; pair: little-endian: bitcast <4 x i8> to i32, byte 1 is bits 8..15
;; expect: proved
;; source
define i8 @f(<4 x i8> %v) {
  %w = bitcast <4 x i8> %v to i32
  %s = lshr i32 %w, 8
  %t = trunc i32 %s to i8
  ret i8 %t
}
;; target
define i8 @f(<4 x i8> %v) {
  %e = extractelement <4 x i8> %v, i64 1
  ret i8 %e
}

;; pair: little-endian: bitcast <4 x i8> to i32, byte 1 is not lane 2
;; expect: refuted
;; source
define i8 @f(<4 x i8> %v) {
  %w = bitcast <4 x i8> %v to i32
  %s = lshr i32 %w, 8
  %t = trunc i32 %s to i8
  ret i8 %t
}
;; target
define i8 @f(<4 x i8> %v) {
  %e = extractelement <4 x i8> %v, i64 2
  ret i8 %e
}

;; pair: bitcast <8 x i1> to i8: lane 0 is the low bit
;; expect: proved
;; source
define i1 @f(<8 x i1> %m) {
  %b = bitcast <8 x i1> %m to i8
  %t = trunc i8 %b to i1
  ret i1 %t
}
;; target
define i1 @f(<8 x i1> %m) {
  %e = extractelement <8 x i1> %m, i64 0
  ret i1 %e
}

;; pair: a poison lane of <4 x i8> makes only the overlapping i16 lane poison, target changes the other one
;; expect: refuted
;; source
define <2 x i16> @f(i8 %x) {
  %v = insertelement <4 x i8> <i8 poison, i8 poison, i8 1, i8 2>, i8 %x, i64 0
  %w = insertelement <4 x i8> %v, i8 0, i64 1
  %r = bitcast <4 x i8> %w to <2 x i16>
  ret <2 x i16> %r
}
;; target
define <2 x i16> @f(i8 %x) {
  %z = zext i8 %x to i16
  %a = insertelement <2 x i16> poison, i16 %z, i64 0
  %r = insertelement <2 x i16> %a, i16 514, i64 1
  ret <2 x i16> %r
}

;; pair: a bitcast of a vector with one poison lane to a scalar is poison
;; expect: proved
;; source
define i32 @f(i16 %x) {
  %v = insertelement <2 x i16> poison, i16 %x, i64 0
  %r = bitcast <2 x i16> %v to i32
  ret i32 %r
}
;; target
define i32 @f(i16 %x) {
  ret i32 12345
}

;; pair: extractelement past the end is poison
;; expect: proved
;; source
define i32 @f(<4 x i32> %v) {
  %e = extractelement <4 x i32> %v, i64 4
  ret i32 %e
}
;; target
define i32 @f(<4 x i32> %v) {
  ret i32 0
}

;; pair: extractelement with index -1 (i64) is past the end
;; expect: proved
;; source
define i32 @f(<4 x i32> %v) {
  %e = extractelement <4 x i32> %v, i64 -1
  ret i32 %e
}
;; target
define i32 @f(<4 x i32> %v) {
  ret i32 0
}

;; pair: extractelement with a masked index, target drops the mask (poison for i >= 4)
;; expect: refuted
;; source
define i32 @f(<4 x i32> noundef %v, i32 %i) {
  %m = and i32 %i, 3
  %e = extractelement <4 x i32> %v, i32 %m
  ret i32 %e
}
;; target
define i32 @f(<4 x i32> noundef %v, i32 %i) {
  %e = extractelement <4 x i32> %v, i32 %i
  ret i32 %e
}

;; pair: extractelement with a variable index, target masks the index (source poison for i >= 4)
;; expect: proved
;; source
define i32 @f(<4 x i32> noundef %v, i32 noundef %i) {
  %e = extractelement <4 x i32> %v, i32 %i
  ret i32 %e
}
;; target
define i32 @f(<4 x i32> noundef %v, i32 noundef %i) {
  %m = and i32 %i, 3
  %e = extractelement <4 x i32> %v, i32 %m
  ret i32 %e
}

;; pair: insertelement past the end is a poison vector
;; expect: proved
;; source
define <2 x i32> @f(<2 x i32> %v, i32 %x) {
  %r = insertelement <2 x i32> %v, i32 %x, i64 2
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %v, i32 %x) {
  ret <2 x i32> zeroinitializer
}

;; pair: insertelement with a variable index, target inserts into lane (i & 1) (source poison otherwise)
;; expect: proved
;; source
define <2 x i32> @f(<2 x i32> noundef %v, i32 noundef %x, i32 noundef %i) {
  %r = insertelement <2 x i32> %v, i32 %x, i32 %i
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> noundef %v, i32 noundef %x, i32 noundef %i) {
  %m = and i32 %i, 1
  %r = insertelement <2 x i32> %v, i32 %x, i32 %m
  ret <2 x i32> %r
}

;; pair: extract of an insert at the same variable index is the inserted value
;; expect: proved
;; source
define i32 @f(<4 x i32> %v, i32 %x, i32 %i) {
  %a = insertelement <4 x i32> %v, i32 %x, i32 %i
  %e = extractelement <4 x i32> %a, i32 %i
  ret i32 %e
}
;; target
define i32 @f(<4 x i32> %v, i32 %x, i32 %i) {
  ret i32 %x
}

;; pair: shufflevector with a poison mask lane, target fills the lane with 0
;; expect: proved
;; source
define <4 x i32> @f(<4 x i32> %a, <4 x i32> %b) {
  %r = shufflevector <4 x i32> %a, <4 x i32> %b, <4 x i32> <i32 0, i32 poison, i32 5, i32 7>
  ret <4 x i32> %r
}
;; target
define <4 x i32> @f(<4 x i32> %a, <4 x i32> %b) {
  %r = shufflevector <4 x i32> %a, <4 x i32> %b, <4 x i32> <i32 0, i32 poison, i32 5, i32 7>
  %z = insertelement <4 x i32> %r, i32 0, i64 1
  ret <4 x i32> %z
}

;; pair: shufflevector lane 5 reads the second vector's lane 1, target reads the first's
;; expect: refuted
;; source
define <2 x i32> @f(<4 x i32> %a, <4 x i32> %b) {
  %r = shufflevector <4 x i32> %a, <4 x i32> %b, <2 x i32> <i32 5, i32 0>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<4 x i32> %a, <4 x i32> %b) {
  %r = shufflevector <4 x i32> %a, <4 x i32> %b, <2 x i32> <i32 1, i32 0>
  ret <2 x i32> %r
}

;; pair: target replaces a defined shuffle lane by a poison mask element
;; expect: refuted
;; source
define <2 x i32> @f(<2 x i32> %a) {
  %r = shufflevector <2 x i32> %a, <2 x i32> poison, <2 x i32> <i32 1, i32 0>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %a) {
  %r = shufflevector <2 x i32> %a, <2 x i32> poison, <2 x i32> <i32 1, i32 poison>
  ret <2 x i32> %r
}

;; pair: a vector constant with a poison lane, target gives the lane a value
;; expect: proved
;; source
define <2 x i32> @f() {
  ret <2 x i32> <i32 1, i32 poison>
}
;; target
define <2 x i32> @f() {
  ret <2 x i32> <i32 1, i32 7>
}

;; pair: a defined vector constant, target makes one lane poison
;; expect: refuted
;; source
define <2 x i32> @f() {
  ret <2 x i32> <i32 1, i32 7>
}
;; target
define <2 x i32> @f() {
  ret <2 x i32> <i32 1, i32 poison>
}

;; pair: a splat constant in LLVM 19 syntax is the same as the lane list
;; expect: proved
;; source
define <4 x i32> @f() {
  ret <4 x i32> splat (i32 5)
}
;; target
define <4 x i32> @f() {
  ret <4 x i32> <i32 5, i32 5, i32 5, i32 5>
}

;; pair: a splat constant is not another splat
;; expect: refuted
;; source
define <4 x i32> @f(<4 x i32> %x) {
  %r = add <4 x i32> %x, splat (i32 5)
  ret <4 x i32> %r
}
;; target
define <4 x i32> @f(<4 x i32> %x) {
  %r = add <4 x i32> %x, <i32 5, i32 5, i32 5, i32 6>
  ret <4 x i32> %r
}

;; pair: target adds nsw to a vector add
;; expect: refuted
;; source
define <2 x i8> @f(<2 x i8> %x, <2 x i8> %y) {
  %r = add <2 x i8> %x, %y
  ret <2 x i8> %r
}
;; target
define <2 x i8> @f(<2 x i8> %x, <2 x i8> %y) {
  %r = add nsw <2 x i8> %x, %y
  ret <2 x i8> %r
}

;; pair: a vector shift with one over-wide lane amount: that lane is poison
;; expect: proved
;; source
define <2 x i32> @f(<2 x i32> %x) {
  %r = shl <2 x i32> %x, <i32 1, i32 32>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %x) {
  %r = shl <2 x i32> %x, <i32 1, i32 1>
  ret <2 x i32> %r
}

;; pair: a vector shift with one over-wide lane: the other lane stays defined
;; expect: refuted
;; source
define <2 x i32> @f(<2 x i32> %x) {
  %r = shl <2 x i32> %x, <i32 1, i32 32>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %x) {
  %r = shl <2 x i32> %x, <i32 2, i32 32>
  ret <2 x i32> %r
}

;; pair: vector udiv with a poison divisor lane is UB, target returns anything
;; expect: proved
;; source
define <2 x i32> @f(<2 x i32> %x) {
  %r = udiv <2 x i32> %x, <i32 1, i32 poison>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %x) {
  ret <2 x i32> zeroinitializer
}

;; pair: vector udiv with a zero divisor lane is UB, target returns anything
;; expect: proved
;; source
define <2 x i32> @f(<2 x i32> %x) {
  %r = udiv <2 x i32> %x, <i32 1, i32 0>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %x) {
  ret <2 x i32> zeroinitializer
}

;; pair: vector sdiv by <1, -1> hoisted out of a branch (INT_MIN in lane 1 is UB)
;; expect: refuted
;; source
define <2 x i32> @f(<2 x i32> %x, i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  %d = sdiv <2 x i32> %x, <i32 1, i32 -1>
  ret <2 x i32> %d
b:
  ret <2 x i32> zeroinitializer
}
;; target
define <2 x i32> @f(<2 x i32> %x, i1 %c) {
entry:
  %d = sdiv <2 x i32> %x, <i32 1, i32 -1>
  %r = select i1 %c, <2 x i32> %d, <2 x i32> zeroinitializer
  ret <2 x i32> %r
}

;; pair: a vector select whose condition lane is poison: only that lane is poison
;; expect: proved
;; source
define <2 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  %r = select <2 x i1> <i1 true, i1 poison>, <2 x i32> %a, <2 x i32> %b
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  %r = shufflevector <2 x i32> %a, <2 x i32> %b, <2 x i32> <i32 0, i32 3>
  ret <2 x i32> %r
}

;; pair: a vector select whose condition lane 1 is poison, target changes lane 0
;; expect: refuted
;; source
define <2 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  %r = select <2 x i1> <i1 true, i1 poison>, <2 x i32> %a, <2 x i32> %b
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  ret <2 x i32> %b
}

;; pair: a scalar poison condition on a vector select makes every lane poison
;; expect: proved
;; source
define <2 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  %r = select i1 poison, <2 x i32> %a, <2 x i32> %b
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  ret <2 x i32> <i32 3, i32 4>
}

;; pair: a vector select of true lanes is not or when the other arm lane is poison
;; expect: refuted
;; source
define <2 x i1> @f(<2 x i1> %c, <2 x i1> %y) {
  %r = select <2 x i1> %c, <2 x i1> <i1 true, i1 true>, <2 x i1> %y
  ret <2 x i1> %r
}
;; target
define <2 x i1> @f(<2 x i1> %c, <2 x i1> %y) {
  %r = or <2 x i1> %c, %y
  ret <2 x i1> %r
}

;; pair: freeze of a vector with a poison lane, target picks a value for it
;; expect: proved
;; source
define <2 x i32> @f() {
  %r = freeze <2 x i32> <i32 1, i32 poison>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f() {
  ret <2 x i32> <i32 1, i32 5>
}

;; pair: freeze of a vector with a poison lane keeps the defined lane
;; expect: refuted
;; source
define <2 x i32> @f() {
  %r = freeze <2 x i32> <i32 1, i32 poison>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f() {
  ret <2 x i32> <i32 2, i32 5>
}

;; pair: a frozen vector lane extracted twice is one value
;; expect: proved
;; source
define i32 @f(<2 x i32> %v) {
  %f = freeze <2 x i32> %v
  %a = extractelement <2 x i32> %f, i64 1
  %b = extractelement <2 x i32> %f, i64 1
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
define i32 @f(<2 x i32> %v) {
  ret i32 0
}

;; pair: reduce.or is not reduce.xor
;; expect: refuted
;; source
define i8 @f(<2 x i8> %v) {
  %r = call i8 @llvm.vector.reduce.or.v2i8(<2 x i8> %v)
  ret i8 %r
}
;; target
define i8 @f(<2 x i8> %v) {
  %r = call i8 @llvm.vector.reduce.xor.v2i8(<2 x i8> %v)
  ret i8 %r
}
declare i8 @llvm.vector.reduce.or.v2i8(<2 x i8>)
declare i8 @llvm.vector.reduce.xor.v2i8(<2 x i8>)

;; pair: reduce.and with a poison lane is poison
;; expect: proved
;; source
define i8 @f(i8 %x) {
  %v = insertelement <2 x i8> poison, i8 %x, i64 0
  %r = call i8 @llvm.vector.reduce.and.v2i8(<2 x i8> %v)
  ret i8 %r
}
;; target
define i8 @f(i8 %x) {
  ret i8 0
}
declare i8 @llvm.vector.reduce.and.v2i8(<2 x i8>)

;; pair: reduce.umax of <x, 0> is x
;; expect: proved
;; source
define i8 @f(i8 %x) {
  %v = insertelement <2 x i8> zeroinitializer, i8 %x, i64 0
  %r = call i8 @llvm.vector.reduce.umax.v2i8(<2 x i8> %v)
  ret i8 %r
}
;; target
define i8 @f(i8 %x) {
  ret i8 %x
}
declare i8 @llvm.vector.reduce.umax.v2i8(<2 x i8>)

;; pair: reduce.smin of <x, 0> is not x (positive x)
;; expect: refuted
;; source
define i8 @f(i8 %x) {
  %v = insertelement <2 x i8> zeroinitializer, i8 %x, i64 0
  %r = call i8 @llvm.vector.reduce.smin.v2i8(<2 x i8> %v)
  ret i8 %r
}
;; target
define i8 @f(i8 %x) {
  ret i8 %x
}
declare i8 @llvm.vector.reduce.smin.v2i8(<2 x i8>)

;; pair: ordered reduce.fadd with start -0.0 is a chain of fadds
;; expect: proved
;; source
define float @f(<2 x float> noundef %v) {
  %r = call float @llvm.vector.reduce.fadd.v2f32(float -0.000000e+00, <2 x float> %v)
  ret float %r
}
;; target
define float @f(<2 x float> noundef %v) {
  %a = extractelement <2 x float> %v, i64 0
  %b = extractelement <2 x float> %v, i64 1
  %s0 = fadd float -0.000000e+00, %a
  %s = fadd float %s0, %b
  ret float %s
}
declare float @llvm.vector.reduce.fadd.v2f32(float, <2 x float>)

;; pair: ordered reduce.fadd with start +0.0 is not start -0.0 (all lanes -0.0)
;; expect: wrong
;; source
define float @f(<2 x float> noundef %v) {
  %r = call float @llvm.vector.reduce.fadd.v2f32(float 0.000000e+00, <2 x float> %v)
  ret float %r
}
;; target
define float @f(<2 x float> noundef %v) {
  %r = call float @llvm.vector.reduce.fadd.v2f32(float -0.000000e+00, <2 x float> %v)
  ret float %r
}
declare float @llvm.vector.reduce.fadd.v2f32(float, <2 x float>)

;; pair: vector abs with the poison flag, target clears it
;; expect: proved
;; source
define <2 x i32> @f(<2 x i32> %x) {
  %r = call <2 x i32> @llvm.abs.v2i32(<2 x i32> %x, i1 true)
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %x) {
  %r = call <2 x i32> @llvm.abs.v2i32(<2 x i32> %x, i1 false)
  ret <2 x i32> %r
}
declare <2 x i32> @llvm.abs.v2i32(<2 x i32>, i1)

;; pair: vector ctlz, target sets the zero-poison flag
;; expect: refuted
;; source
define <2 x i32> @f(<2 x i32> %x) {
  %r = call <2 x i32> @llvm.ctlz.v2i32(<2 x i32> %x, i1 false)
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %x) {
  %r = call <2 x i32> @llvm.ctlz.v2i32(<2 x i32> %x, i1 true)
  ret <2 x i32> %r
}
declare <2 x i32> @llvm.ctlz.v2i32(<2 x i32>, i1)

;; pair: vector smax from icmp and select
;; expect: proved
;; source
define <4 x i16> @f(<4 x i16> noundef %x, <4 x i16> noundef %y) {
  %c = icmp sgt <4 x i16> %x, %y
  %r = select <4 x i1> %c, <4 x i16> %x, <4 x i16> %y
  ret <4 x i16> %r
}
;; target
define <4 x i16> @f(<4 x i16> noundef %x, <4 x i16> noundef %y) {
  %r = call <4 x i16> @llvm.smax.v4i16(<4 x i16> %x, <4 x i16> %y)
  ret <4 x i16> %r
}
declare <4 x i16> @llvm.smax.v4i16(<4 x i16>, <4 x i16>)

;; pair: vector fcmp olt is not ult (NaN lanes)
;; expect: refuted
;; source
define <2 x i1> @f(<2 x float> %x, <2 x float> %y) {
  %c = fcmp olt <2 x float> %x, %y
  ret <2 x i1> %c
}
;; target
define <2 x i1> @f(<2 x float> %x, <2 x float> %y) {
  %c = fcmp ult <2 x float> %x, %y
  ret <2 x i1> %c
}

;; pair: vector trunc nuw then zext is the identity
;; expect: proved
;; source
define <2 x i32> @f(<2 x i32> %x) {
  %t = trunc nuw <2 x i32> %x to <2 x i16>
  %r = zext <2 x i16> %t to <2 x i32>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %x) {
  ret <2 x i32> %x
}

;; pair: fptosi <2 x float> lane -2^31 is in range
;; expect: refuted
;; source
define <2 x i32> @f() {
  %r = fptosi <2 x float> <float 0xC1E0000000000000, float 1.000000e+00> to <2 x i32>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f() {
  ret <2 x i32> <i32 0, i32 1>
}
