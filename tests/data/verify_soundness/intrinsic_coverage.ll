; Intrinsics that may not be modelled: minnum/maxnum/minimum/maximum, sqrt, scmp/ucmp (LLVM 19), ushl.sat,
; smul.fix, vector with.overflow. Answers may be inconclusive; a crash or wrong verdict is a finding.

;; pair: minnum(x, NaN) is x
;; expect: right
;; source
define float @f(float %x) {
  %r = call float @llvm.minnum.f32(float %x, float 0x7FF8000000000000)
  ret float %r
}
declare float @llvm.minnum.f32(float, float)
;; target
define float @f(float %x) {
  ret float %x
}

;; pair: minimum(x, NaN) is NaN, target returns x
;; expect: wrong
;; source
define float @f(float %x) {
  %r = call float @llvm.minimum.f32(float %x, float 0x7FF8000000000000)
  ret float %r
}
declare float @llvm.minimum.f32(float, float)
;; target
define float @f(float %x) {
  ret float %x
}

;; pair: maximum(-0.0, 0.0) is 0.0, target returns -0.0
;; expect: wrong
;; source
define float @f() {
  %r = call float @llvm.maximum.f32(float -0.000000e+00, float 0.000000e+00)
  ret float %r
}
declare float @llvm.maximum.f32(float, float)
;; target
define float @f() {
  ret float -0.000000e+00
}

;; pair: sqrt(4.0) is 2.0
;; expect: right
;; source
define double @f() {
  %r = call double @llvm.sqrt.f64(double 4.000000e+00)
  ret double %r
}
declare double @llvm.sqrt.f64(double)
;; target
define double @f() {
  ret double 2.000000e+00
}

;; pair: sqrt(-0.0) is -0.0, target returns 0.0
;; expect: wrong
;; source
define double @f() {
  %r = call double @llvm.sqrt.f64(double -0.000000e+00)
  ret double %r
}
declare double @llvm.sqrt.f64(double)
;; target
define double @f() {
  ret double 0.000000e+00
}

;; pair: scmp(x, y) is -1/0/1, target says 2 is possible... returns the sign of sub (wrong on overflow)
;; expect: wrong
;; source
define i8 @f(i32 %x, i32 %y) {
  %r = call i8 @llvm.scmp.i8.i32(i32 %x, i32 %y)
  ret i8 %r
}
declare i8 @llvm.scmp.i8.i32(i32, i32)
;; target
define i8 @f(i32 %x, i32 %y) {
  %s = sub i32 %x, %y
  %n = icmp slt i32 %s, 0
  %p = icmp sgt i32 %s, 0
  %a = select i1 %p, i8 1, i8 0
  %r = select i1 %n, i8 -1, i8 %a
  ret i8 %r
}

;; pair: ucmp(x, x) is 0
;; expect: right
;; source
define i8 @f(i32 %x) {
  %r = call i8 @llvm.ucmp.i8.i32(i32 %x, i32 %x)
  ret i8 %r
}
declare i8 @llvm.ucmp.i8.i32(i32, i32)
;; target
define i8 @f(i32 %x) {
  ret i8 0
}

;; pair: ushl.sat(1, 8) on i8 saturates to 255, target returns 0
;; expect: wrong
;; source
define i8 @f() {
  %r = call i8 @llvm.ushl.sat.i8(i8 1, i8 7)
  %s = call i8 @llvm.ushl.sat.i8(i8 %r, i8 1)
  ret i8 %s
}
declare i8 @llvm.ushl.sat.i8(i8, i8)
;; target
define i8 @f() {
  ret i8 0
}

;; pair: vector sadd.with.overflow lane 1 flag
;; expect: wrong
;; source
define <2 x i1> @f() {
  %s = call { <2 x i8>, <2 x i1> } @llvm.sadd.with.overflow.v2i8(<2 x i8> <i8 1, i8 127>, <2 x i8> <i8 1, i8 1>)
  %o = extractvalue { <2 x i8>, <2 x i1> } %s, 1
  ret <2 x i1> %o
}
declare { <2 x i8>, <2 x i1> } @llvm.sadd.with.overflow.v2i8(<2 x i8>, <2 x i8>)
;; target
define <2 x i1> @f() {
  ret <2 x i1> <i1 false, i1 false>
}

;; pair: vector fshl by the bit width in one lane
;; expect: proved
;; source
define <2 x i8> @f(<2 x i8> %x, <2 x i8> %y) {
  %r = call <2 x i8> @llvm.fshl.v2i8(<2 x i8> %x, <2 x i8> %y, <2 x i8> <i8 8, i8 0>)
  ret <2 x i8> %r
}
declare <2 x i8> @llvm.fshl.v2i8(<2 x i8>, <2 x i8>, <2 x i8>)
;; target
define <2 x i8> @f(<2 x i8> %x, <2 x i8> %y) {
  ret <2 x i8> %x
}

;; pair: vector usub.sat lane-wise
;; expect: refuted
;; source
define <2 x i8> @f() {
  %r = call <2 x i8> @llvm.usub.sat.v2i8(<2 x i8> <i8 1, i8 5>, <2 x i8> <i8 2, i8 2>)
  ret <2 x i8> %r
}
declare <2 x i8> @llvm.usub.sat.v2i8(<2 x i8>, <2 x i8>)
;; target
define <2 x i8> @f() {
  ret <2 x i8> <i8 -1, i8 3>
}

;; pair: vector copysign lane-wise
;; expect: proved
;; source
define <2 x float> @f(<2 x float> %x) {
  %r = call <2 x float> @llvm.copysign.v2f32(<2 x float> %x, <2 x float> <float -1.000000e+00, float 1.000000e+00>)
  ret <2 x float> %r
}
declare <2 x float> @llvm.copysign.v2f32(<2 x float>, <2 x float>)
;; target
define <2 x float> @f(<2 x float> %x) {
  %a = call <2 x float> @llvm.fabs.v2f32(<2 x float> %x)
  %n = fneg <2 x float> %a
  %r = shufflevector <2 x float> %n, <2 x float> %a, <2 x i32> <i32 0, i32 3>
  ret <2 x float> %r
}
declare <2 x float> @llvm.fabs.v2f32(<2 x float>)

;; pair: bswap i8 vector is rejected by the IR (not tested); bitreverse of a <2 x i8>
;; expect: refuted
;; source
define <2 x i8> @f() {
  %r = call <2 x i8> @llvm.bitreverse.v2i8(<2 x i8> <i8 1, i8 2>)
  ret <2 x i8> %r
}
declare <2 x i8> @llvm.bitreverse.v2i8(<2 x i8>)
;; target
define <2 x i8> @f() {
  ret <2 x i8> <i8 -128, i8 32>
}
