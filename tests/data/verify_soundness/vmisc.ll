; Probe set F: vector arithmetic, reductions, lane-wise intrinsics, select/freeze, aggregates of vectors.

;; pair: vector lshr with per-lane amounts <1, 8>: lane 1 (i8 by 8) is poison, lane 0 defined
;; expect: proved
;; source
define <2 x i8> @f(<2 x i8> %x) {
  %r = lshr <2 x i8> %x, <i8 1, i8 8>
  ret <2 x i8> %r
}
;; target
define <2 x i8> @f(<2 x i8> %x) {
  %r = lshr <2 x i8> %x, <i8 1, i8 7>
  ret <2 x i8> %r
}

;; pair: vector lshr with amounts <1, 8>, target makes lane 0 poison too
;; expect: wrong
;; source
define <2 x i8> @f(<2 x i8> %x) {
  %r = lshr <2 x i8> %x, <i8 1, i8 8>
  ret <2 x i8> %r
}
;; target
define <2 x i8> @f(<2 x i8> %x) {
  %r = lshr <2 x i8> %x, <i8 8, i8 8>
  ret <2 x i8> %r
}

;; pair: vector shl <2 x i33> by a variable amount: lane is poison iff its amount >= 33, target masks to 32 bits
;; expect: wrong
;; source
define <2 x i33> @f(<2 x i33> %x, <2 x i33> %s) {
  %r = shl <2 x i33> %x, %s
  ret <2 x i33> %r
}
;; target
define <2 x i33> @f(<2 x i33> %x, <2 x i33> %s) {
  %m = and <2 x i33> %s, splat (i33 31)
  %r = shl <2 x i33> %x, %m
  ret <2 x i33> %r
}

;; pair: ashr exact on a vector lane that shifts out ones is poison; target returns the plain ashr
;; expect: proved
;; source
define <2 x i8> @f(<2 x i8> %x) {
  %r = ashr exact <2 x i8> %x, <i8 1, i8 2>
  ret <2 x i8> %r
}
;; target
define <2 x i8> @f(<2 x i8> %x) {
  %r = ashr <2 x i8> %x, <i8 1, i8 2>
  ret <2 x i8> %r
}

;; pair: target adds exact to a vector ashr
;; expect: wrong
;; source
define <2 x i8> @f(<2 x i8> %x) {
  %r = ashr <2 x i8> %x, <i8 1, i8 2>
  ret <2 x i8> %r
}
;; target
define <2 x i8> @f(<2 x i8> %x) {
  %r = ashr exact <2 x i8> %x, <i8 1, i8 2>
  ret <2 x i8> %r
}

;; pair: vector urem by <1, 0> is UB whatever x is, target returns zero
;; expect: proved
;; source
define <2 x i32> @f(<2 x i32> %x) {
  %r = urem <2 x i32> %x, <i32 1, i32 0>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %x) {
  ret <2 x i32> zeroinitializer
}

;; pair: vector udiv by a splat 2 is lshr by 1
;; expect: proved
;; source
define <4 x i7> @f(<4 x i7> %x) {
  %r = udiv <4 x i7> %x, splat (i7 2)
  ret <4 x i7> %r
}
;; target
define <4 x i7> @f(<4 x i7> %x) {
  %r = lshr <4 x i7> %x, splat (i7 1)
  ret <4 x i7> %r
}

;; pair: vector sdiv by splat 2 is not ashr by 1 (rounding of negative lanes)
;; expect: wrong
;; source
define <2 x i8> @f(<2 x i8> %x) {
  %r = sdiv <2 x i8> %x, splat (i8 2)
  ret <2 x i8> %r
}
;; target
define <2 x i8> @f(<2 x i8> %x) {
  %r = ashr <2 x i8> %x, splat (i8 1)
  ret <2 x i8> %r
}

;; pair: vector udiv with a variable divisor hoisted above a check that lane 1 is non-zero
;; expect: wrong
;; source
define <2 x i32> @f(<2 x i32> %x, <2 x i32> %y) {
  %e = extractelement <2 x i32> %y, i64 1
  %z = icmp eq i32 %e, 0
  br i1 %z, label %out, label %div
div:
  %q = udiv <2 x i32> %x, %y
  ret <2 x i32> %q
out:
  ret <2 x i32> zeroinitializer
}
;; target
define <2 x i32> @f(<2 x i32> %x, <2 x i32> %y) {
  %q = udiv <2 x i32> %x, %y
  %e = extractelement <2 x i32> %y, i64 1
  %z = icmp eq i32 %e, 0
  %r = select i1 %z, <2 x i32> zeroinitializer, <2 x i32> %q
  ret <2 x i32> %r
}

;; pair: vector icmp with a poison lane: only that lane of the result is poison
;; expect: proved
;; source
define <2 x i1> @f(i32 %x) {
  %v = insertelement <2 x i32> poison, i32 %x, i64 0
  %r = icmp eq <2 x i32> %v, zeroinitializer
  ret <2 x i1> %r
}
;; target
define <2 x i1> @f(i32 %x) {
  %c = icmp eq i32 %x, 0
  %r = insertelement <2 x i1> <i1 poison, i1 true>, i1 %c, i64 0
  ret <2 x i1> %r
}

;; pair: vector icmp with a poison lane 1, target poisons lane 0 too
;; expect: wrong
;; source
define <2 x i1> @f(i32 %x) {
  %v = insertelement <2 x i32> poison, i32 %x, i64 0
  %r = icmp eq <2 x i32> %v, zeroinitializer
  ret <2 x i1> %r
}
;; target
define <2 x i1> @f(i32 %x) {
  ret <2 x i1> poison
}

;; pair: vector fcmp uno with itself is the NaN test per lane, target uses ord
;; expect: wrong
;; source
define <2 x i1> @f(<2 x float> %x) {
  %r = fcmp uno <2 x float> %x, %x
  ret <2 x i1> %r
}
;; target
define <2 x i1> @f(<2 x float> %x) {
  %r = fcmp ord <2 x float> %x, zeroinitializer
  ret <2 x i1> %r
}

;; pair: vector fcmp uno x, x is fcmp uno x, 0.0
;; expect: proved
;; source
define <2 x i1> @f(<2 x float> %x) {
  %r = fcmp uno <2 x float> %x, %x
  ret <2 x i1> %r
}
;; target
define <2 x i1> @f(<2 x float> %x) {
  %r = fcmp uno <2 x float> %x, zeroinitializer
  ret <2 x i1> %r
}

;; pair: select on an i1 vector condition with constant arms is zext of the condition
;; expect: proved
;; source
define <4 x i8> @f(<4 x i1> %c) {
  %r = select <4 x i1> %c, <4 x i8> splat (i8 1), <4 x i8> zeroinitializer
  ret <4 x i8> %r
}
;; target
define <4 x i8> @f(<4 x i1> %c) {
  %r = zext <4 x i1> %c to <4 x i8>
  ret <4 x i8> %r
}

;; pair: select on an i1 vector with arms -1/0 is not zext
;; expect: wrong
;; source
define <4 x i8> @f(<4 x i1> %c) {
  %r = select <4 x i1> %c, <4 x i8> splat (i8 -1), <4 x i8> zeroinitializer
  ret <4 x i8> %r
}
;; target
define <4 x i8> @f(<4 x i1> %c) {
  %r = zext <4 x i1> %c to <4 x i8>
  ret <4 x i8> %r
}

;; pair: select on i1 vectors: select c, a, false is not and c, a when a's lane is poison (target and)
;; expect: wrong
;; source
define <2 x i1> @f(<2 x i1> %c, <2 x i1> %a) {
  %r = select <2 x i1> %c, <2 x i1> %a, <2 x i1> zeroinitializer
  ret <2 x i1> %r
}
;; target
define <2 x i1> @f(<2 x i1> %c, <2 x i1> %a) {
  %r = and <2 x i1> %c, %a
  ret <2 x i1> %r
}

;; pair: freeze of a vector with a poison lane 1 and a defined lane 0: target may put 0 in lane 1
;; expect: proved
;; source
define <2 x i32> @f(i32 noundef %x) {
  %v = insertelement <2 x i32> poison, i32 %x, i64 0
  %r = freeze <2 x i32> %v
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(i32 noundef %x) {
  %r = insertelement <2 x i32> zeroinitializer, i32 %x, i64 0
  ret <2 x i32> %r
}

;; pair: freeze of a vector with a poison lane: target returns poison in that lane (freeze result never poison)
;; expect: wrong
;; source
define <2 x i32> @f(i32 noundef %x) {
  %v = insertelement <2 x i32> poison, i32 %x, i64 0
  %r = freeze <2 x i32> %v
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(i32 noundef %x) {
  %r = insertelement <2 x i32> poison, i32 %x, i64 0
  ret <2 x i32> %r
}

;; pair: freeze of a vector is per lane: one frozen lane compared with itself is always true
;; expect: proved
;; source
define i1 @f(<2 x i32> %v) {
  %fr = freeze <2 x i32> %v
  %a = extractelement <2 x i32> %fr, i64 1
  %b = extractelement <2 x i32> %fr, i64 1
  %r = icmp eq i32 %a, %b
  ret i1 %r
}
;; target
define i1 @f(<2 x i32> %v) {
  ret i1 true
}

;; pair: a frozen poison vector's two lanes may be equal (the source may pick equal values), target returns true
;; expect: right
;; source
define i1 @f() {
  %fr = freeze <2 x i32> poison
  %a = extractelement <2 x i32> %fr, i64 0
  %b = extractelement <2 x i32> %fr, i64 1
  %r = icmp eq i32 %a, %b
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 true
}

;; pair: reduce.mul of <x, 1, 1, 1> is x
;; expect: proved
;; source
declare i16 @llvm.vector.reduce.mul.v4i16(<4 x i16>)
define i16 @f(i16 %x) {
  %v = insertelement <4 x i16> splat (i16 1), i16 %x, i64 2
  %r = call i16 @llvm.vector.reduce.mul.v4i16(<4 x i16> %v)
  ret i16 %r
}
;; target
declare i16 @llvm.vector.reduce.mul.v4i16(<4 x i16>)
define i16 @f(i16 %x) {
  ret i16 %x
}

;; pair: reduce.mul of <x, 2, 1, 1> is not x
;; expect: wrong
;; source
declare i16 @llvm.vector.reduce.mul.v4i16(<4 x i16>)
define i16 @f(i16 %x) {
  %v = insertelement <4 x i16> <i16 2, i16 1, i16 1, i16 1>, i16 %x, i64 2
  %r = call i16 @llvm.vector.reduce.mul.v4i16(<4 x i16> %v)
  ret i16 %r
}
;; target
declare i16 @llvm.vector.reduce.mul.v4i16(<4 x i16>)
define i16 @f(i16 %x) {
  ret i16 %x
}

;; pair: reduce.umax of a zext'd <4 x i8> fits in 8 bits
;; expect: proved
;; source
declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>)
define i1 @f(<4 x i8> %v) {
  %z = zext <4 x i8> %v to <4 x i32>
  %m = call i32 @llvm.vector.reduce.umax.v4i32(<4 x i32> %z)
  %r = icmp ult i32 %m, 256
  ret i1 %r
}
;; target
declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>)
define i1 @f(<4 x i8> %v) {
  ret i1 true
}

;; pair: reduce.umax of a sext'd <4 x i8> need not fit in 8 bits
;; expect: wrong
;; source
declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>)
define i1 @f(<4 x i8> noundef %v) {
  %z = sext <4 x i8> %v to <4 x i32>
  %m = call i32 @llvm.vector.reduce.umax.v4i32(<4 x i32> %z)
  %r = icmp ult i32 %m, 256
  ret i1 %r
}
;; target
declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>)
define i1 @f(<4 x i8> noundef %v) {
  ret i1 true
}

;; pair: reduce.xor of a splat of 4 lanes is 0
;; expect: proved
;; source
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>)
define i32 @f(i32 noundef %x) {
  %t = insertelement <4 x i32> poison, i32 %x, i64 0
  %s = shufflevector <4 x i32> %t, <4 x i32> poison, <4 x i32> zeroinitializer
  %r = call i32 @llvm.vector.reduce.xor.v4i32(<4 x i32> %s)
  ret i32 %r
}
;; target
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>)
define i32 @f(i32 noundef %x) {
  ret i32 0
}

;; pair: reduce.xor of a splat of 3 lanes is x, target says 0
;; expect: wrong
;; source
declare i32 @llvm.vector.reduce.xor.v3i32(<3 x i32>)
define i32 @f(i32 noundef %x) {
  %t = insertelement <3 x i32> poison, i32 %x, i64 0
  %s = shufflevector <3 x i32> %t, <3 x i32> poison, <3 x i32> zeroinitializer
  %r = call i32 @llvm.vector.reduce.xor.v3i32(<3 x i32> %s)
  ret i32 %r
}
;; target
declare i32 @llvm.vector.reduce.xor.v3i32(<3 x i32>)
define i32 @f(i32 noundef %x) {
  ret i32 0
}

;; pair: reassoc reduce.fadd in the source may be computed in any order (target: pairwise)
;; expect: right
;; source
declare float @llvm.vector.reduce.fadd.v2f32(float, <2 x float>)
define float @f(float %s, <2 x float> %v) {
  %r = call reassoc float @llvm.vector.reduce.fadd.v2f32(float %s, <2 x float> %v)
  ret float %r
}
;; target
define float @f(float %s, <2 x float> %v) {
  %a = extractelement <2 x float> %v, i64 0
  %b = extractelement <2 x float> %v, i64 1
  %m = fadd float %a, %b
  %r = fadd float %s, %m
  ret float %r
}

;; pair: lane-wise umin on <2 x i7> with a constant
;; expect: proved
;; source
declare <2 x i7> @llvm.umin.v2i7(<2 x i7>, <2 x i7>)
define <2 x i7> @f(<2 x i7> noundef %x) {
  %r = call <2 x i7> @llvm.umin.v2i7(<2 x i7> %x, <2 x i7> <i7 -1, i7 3>)
  ret <2 x i7> %r
}
;; target
define <2 x i7> @f(<2 x i7> noundef %x) {
  %c = icmp ult <2 x i7> %x, <i7 -1, i7 3>
  %r = select <2 x i1> %c, <2 x i7> %x, <2 x i7> <i7 -1, i7 3>
  ret <2 x i7> %r
}

;; pair: vector ctpop on <2 x i3> lanes; target says ctpop(-1) is 4 in lane 1
;; expect: wrong
;; source
declare <2 x i3> @llvm.ctpop.v2i3(<2 x i3>)
define <2 x i3> @f() {
  %r = call <2 x i3> @llvm.ctpop.v2i3(<2 x i3> <i3 1, i3 -1>)
  ret <2 x i3> %r
}
;; target
define <2 x i3> @f() {
  ret <2 x i3> <i3 1, i3 -4>
}

;; pair: vector bswap <2 x i16> is a byte shuffle of the <4 x i8> bitcast
;; expect: proved
;; source
declare <2 x i16> @llvm.bswap.v2i16(<2 x i16>)
define <2 x i16> @f(<2 x i16> noundef %x) {
  %r = call <2 x i16> @llvm.bswap.v2i16(<2 x i16> %x)
  ret <2 x i16> %r
}
;; target
define <2 x i16> @f(<2 x i16> noundef %x) {
  %b = bitcast <2 x i16> %x to <4 x i8>
  %s = shufflevector <4 x i8> %b, <4 x i8> poison, <4 x i32> <i32 1, i32 0, i32 3, i32 2>
  %r = bitcast <4 x i8> %s to <2 x i16>
  ret <2 x i16> %r
}

;; pair: vector bswap <2 x i16>, target swaps the lanes instead
;; expect: wrong
;; source
declare <2 x i16> @llvm.bswap.v2i16(<2 x i16>)
define <2 x i16> @f(<2 x i16> noundef %x) {
  %r = call <2 x i16> @llvm.bswap.v2i16(<2 x i16> %x)
  ret <2 x i16> %r
}
;; target
define <2 x i16> @f(<2 x i16> noundef %x) {
  %b = bitcast <2 x i16> %x to <4 x i8>
  %s = shufflevector <4 x i8> %b, <4 x i8> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>
  %r = bitcast <4 x i8> %s to <2 x i16>
  ret <2 x i16> %r
}

;; pair: vector fptosi <2 x double> to <2 x i8>: lane 1 = 200.0 is poison, lane 0 = 1.5 is 1
;; expect: proved
;; source
define <2 x i8> @f() {
  %r = fptosi <2 x double> <double 1.5, double 200.0> to <2 x i8>
  ret <2 x i8> %r
}
;; target
define <2 x i8> @f() {
  ret <2 x i8> <i8 1, i8 0>
}

;; pair: vector fptosi <2 x double> <1.5, 200.0>: target makes lane 0 poison too
;; expect: wrong
;; source
define <2 x i8> @f() {
  %r = fptosi <2 x double> <double 1.5, double 200.0> to <2 x i8>
  ret <2 x i8> %r
}
;; target
define <2 x i8> @f() {
  ret <2 x i8> poison
}

;; pair: vector sitofp <2 x i65> <-1, 1> is <-1.0, 1.0>
;; expect: proved
;; source
define <2 x double> @f() {
  %r = sitofp <2 x i65> <i65 -1, i65 1> to <2 x double>
  ret <2 x double> %r
}
;; target
define <2 x double> @f() {
  ret <2 x double> <double -1.0, double 1.0>
}

;; pair: vector trunc <2 x i32> to <2 x i8>, target takes the second byte
;; expect: wrong
;; source
define <2 x i8> @f(<2 x i32> %x) {
  %r = trunc <2 x i32> %x to <2 x i8>
  ret <2 x i8> %r
}
;; target
define <2 x i8> @f(<2 x i32> %x) {
  %s = lshr <2 x i32> %x, splat (i32 8)
  %r = trunc <2 x i32> %s to <2 x i8>
  ret <2 x i8> %r
}

;; pair: vector sext of <2 x i1> is select -1/0
;; expect: proved
;; source
define <2 x i32> @f(<2 x i1> %c) {
  %r = sext <2 x i1> %c to <2 x i32>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i1> %c) {
  %r = select <2 x i1> %c, <2 x i32> splat (i32 -1), <2 x i32> zeroinitializer
  ret <2 x i32> %r
}

;; pair: vector trunc nuw <2 x i16> to <2 x i8>: target adds nuw where the source has none
;; expect: wrong
;; source
define <2 x i8> @f(<2 x i16> %x) {
  %r = trunc <2 x i16> %x to <2 x i8>
  ret <2 x i8> %r
}
;; target
define <2 x i8> @f(<2 x i16> %x) {
  %r = trunc nuw <2 x i16> %x to <2 x i8>
  ret <2 x i8> %r
}

;; pair: extractvalue of an array of vectors after insertvalue
;; expect: right
;; source
define i32 @f([2 x <2 x i32>] %a, <2 x i32> %v) {
  %b = insertvalue [2 x <2 x i32>] %a, <2 x i32> %v, 1
  %w = extractvalue [2 x <2 x i32>] %b, 1
  %r = extractelement <2 x i32> %w, i64 1
  ret i32 %r
}
;; target
define i32 @f([2 x <2 x i32>] %a, <2 x i32> %v) {
  %r = extractelement <2 x i32> %v, i64 1
  ret i32 %r
}

;; pair: extractvalue of an array of vectors after insertvalue at index 1, target reads element 0
;; expect: wrong
;; source
define i32 @f([2 x <2 x i32>] %a, <2 x i32> %v) {
  %b = insertvalue [2 x <2 x i32>] %a, <2 x i32> %v, 1
  %w = extractvalue [2 x <2 x i32>] %b, 0
  %r = extractelement <2 x i32> %w, i64 1
  ret i32 %r
}
;; target
define i32 @f([2 x <2 x i32>] %a, <2 x i32> %v) {
  %r = extractelement <2 x i32> %v, i64 1
  ret i32 %r
}

;; pair: a struct with a vector field returned: target changes the vector's lane 1
;; expect: wrong
;; source
define { i8, <2 x i16> } @f(<2 x i16> %v) {
  %s0 = insertvalue { i8, <2 x i16> } poison, i8 1, 0
  %s = insertvalue { i8, <2 x i16> } %s0, <2 x i16> %v, 1
  ret { i8, <2 x i16> } %s
}
;; target
define { i8, <2 x i16> } @f(<2 x i16> %v) {
  %w = insertelement <2 x i16> %v, i16 0, i64 1
  %s0 = insertvalue { i8, <2 x i16> } poison, i8 1, 0
  %s = insertvalue { i8, <2 x i16> } %s0, <2 x i16> %w, 1
  ret { i8, <2 x i16> } %s
}

;; pair: vector add nuw <2 x i7> 127 + 1 in lane 0 is poison, other lane defined
;; expect: proved
;; source
define <2 x i7> @f() {
  %r = add nuw <2 x i7> <i7 -1, i7 1>, <i7 1, i7 1>
  ret <2 x i7> %r
}
;; target
define <2 x i7> @f() {
  ret <2 x i7> <i7 0, i7 2>
}

;; pair: vector add nuw <2 x i7> with a wrapping lane 0, target says lane 1 wraps too (returns 0)
;; expect: wrong
;; source
define <2 x i7> @f() {
  %r = add nuw <2 x i7> <i7 -1, i7 1>, <i7 1, i7 1>
  ret <2 x i7> %r
}
;; target
define <2 x i7> @f() {
  ret <2 x i7> <i7 0, i7 0>
}

;; pair: insertelement with a poison index is a poison vector, target returns v
;; expect: proved
;; source
define <2 x i32> @f(<2 x i32> %v, i32 %x) {
  %r = insertelement <2 x i32> %v, i32 %x, i64 poison
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %v, i32 %x) {
  ret <2 x i32> %v
}

;; pair: extractelement with an undef index may read any lane; target reads lane 0 (a refinement)
;; expect: right
;; source
define i32 @f(<2 x i32> %v) {
  %r = extractelement <2 x i32> %v, i64 undef
  ret i32 %r
}
;; target
define i32 @f(<2 x i32> %v) {
  %r = extractelement <2 x i32> %v, i64 0
  ret i32 %r
}

;; pair: a frozen poison vector's two lanes are independent: target says lane 1 = lane 0 + 1 is impossible (returns false) -- fine too
;; expect: right
;; source
define i1 @f() {
  %fr = freeze <2 x i32> poison
  %a = extractelement <2 x i32> %fr, i64 0
  %b = extractelement <2 x i32> %fr, i64 1
  %r = icmp eq i32 %a, %b
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: a frozen vector lane xor itself is 0, target says it may be 1
;; expect: wrong
;; source
define i32 @f() {
  %fr = freeze <2 x i32> poison
  %a = extractelement <2 x i32> %fr, i64 1
  %b = extractelement <2 x i32> %fr, i64 1
  %r = xor i32 %a, %b
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 1
}

;; pair: reduce.and of <false, poison> is poison (target returns true)
;; expect: proved
;; source
declare i1 @llvm.vector.reduce.and.v2i1(<2 x i1>)
define i1 @f() {
  %r = call i1 @llvm.vector.reduce.and.v2i1(<2 x i1> <i1 false, i1 poison>)
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 true
}

;; pair: bitcast <8 x i1> with one poison lane to i8 is poison, target returns 0
;; expect: proved
;; source
define i8 @f(<8 x i1> %v) {
  %w = insertelement <8 x i1> %v, i1 poison, i64 3
  %r = bitcast <8 x i1> %w to i8
  ret i8 %r
}
;; target
define i8 @f(<8 x i1> %v) {
  ret i8 0
}

;; pair: vector abs with int-min-poison on <2 x i8>: lane -128 is poison, target returns 0 there
;; expect: proved
;; source
declare <2 x i8> @llvm.abs.v2i8(<2 x i8>, i1)
define <2 x i8> @f() {
  %r = call <2 x i8> @llvm.abs.v2i8(<2 x i8> <i8 -128, i8 -3>, i1 true)
  ret <2 x i8> %r
}
;; target
define <2 x i8> @f() {
  ret <2 x i8> <i8 0, i8 3>
}

;; pair: vector abs without poison flag keeps -128; target says 0
;; expect: wrong
;; source
declare <2 x i8> @llvm.abs.v2i8(<2 x i8>, i1)
define <2 x i8> @f() {
  %r = call <2 x i8> @llvm.abs.v2i8(<2 x i8> <i8 -128, i8 -3>, i1 false)
  ret <2 x i8> %r
}
;; target
define <2 x i8> @f() {
  ret <2 x i8> <i8 0, i8 3>
}

;; pair: vector is.fpclass nan on <2 x float> is fcmp uno per lane
;; expect: proved
;; source
declare <2 x i1> @llvm.is.fpclass.v2f32(<2 x float>, i32)
define <2 x i1> @f(<2 x float> %x) {
  %r = call <2 x i1> @llvm.is.fpclass.v2f32(<2 x float> %x, i32 3)
  ret <2 x i1> %r
}
;; target
define <2 x i1> @f(<2 x float> %x) {
  %r = fcmp uno <2 x float> %x, zeroinitializer
  ret <2 x i1> %r
}

;; pair: vector fmuladd on <2 x float> may fuse per lane; target uses separate fmul/fadd
;; expect: right
;; source
declare <2 x float> @llvm.fmuladd.v2f32(<2 x float>, <2 x float>, <2 x float>)
define <2 x float> @f(<2 x float> %a, <2 x float> %b, <2 x float> %c) {
  %r = call <2 x float> @llvm.fmuladd.v2f32(<2 x float> %a, <2 x float> %b, <2 x float> %c)
  ret <2 x float> %r
}
;; target
define <2 x float> @f(<2 x float> %a, <2 x float> %b, <2 x float> %c) {
  %m = fmul <2 x float> %a, %b
  %r = fadd <2 x float> %m, %c
  ret <2 x float> %r
}

;; pair: vector sadd.with.overflow on <2 x i8>: the overflow lane
;; expect: wrong
;; source
declare { <2 x i8>, <2 x i1> } @llvm.sadd.with.overflow.v2i8(<2 x i8>, <2 x i8>)
define <2 x i1> @f() {
  %p = call { <2 x i8>, <2 x i1> } @llvm.sadd.with.overflow.v2i8(<2 x i8> <i8 127, i8 1>, <2 x i8> <i8 1, i8 1>)
  %r = extractvalue { <2 x i8>, <2 x i1> } %p, 1
  ret <2 x i1> %r
}
;; target
define <2 x i1> @f() {
  ret <2 x i1> zeroinitializer
}

;; pair: vector uadd.sat on <2 x i3> saturates per lane
;; expect: proved
;; source
declare <2 x i3> @llvm.uadd.sat.v2i3(<2 x i3>, <2 x i3>)
define <2 x i3> @f() {
  %r = call <2 x i3> @llvm.uadd.sat.v2i3(<2 x i3> <i3 6, i3 1>, <2 x i3> <i3 3, i3 1>)
  ret <2 x i3> %r
}
;; target
define <2 x i3> @f() {
  ret <2 x i3> <i3 -1, i3 2>
}
