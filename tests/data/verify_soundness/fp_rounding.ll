; FP rounding intrinsics (floor, ceil, trunc, rint, nearbyint, round, roundeven) and the saturating conversions
; fptosi.sat / fptoui.sat, from the LangRef: each rounds in its own direction; round breaks ties away from zero and
; roundeven to even; the saturating conversions clamp (infinities too) and give 0 for NaN.

;; pair: round breaks ties away from zero (2.5 -> 3)
;; expect: proved
;; source
declare double @llvm.round.f64(double)
define double @f() {
  %r = call double @llvm.round.f64(double 2.5)
  ret double %r
}
;; target
define double @f() {
  ret double 3.0
}

;; pair: round of 2.5 is not 2 (that is roundeven)
;; expect: refuted
;; source
declare double @llvm.round.f64(double)
define double @f() {
  %r = call double @llvm.round.f64(double 2.5)
  ret double %r
}
;; target
define double @f() {
  ret double 2.0
}

;; pair: roundeven of -2.5 is -2
;; expect: proved
;; source
declare double @llvm.roundeven.f64(double)
define double @f() {
  %r = call double @llvm.roundeven.f64(double -2.5)
  ret double %r
}
;; target
define double @f() {
  ret double -2.0
}

;; pair: ceil of -0.5 is -0.0, not +0.0
;; expect: refuted
;; source
declare float @llvm.ceil.f32(float)
define float @f() {
  %r = call float @llvm.ceil.f32(float -0.5)
  ret float %r
}
;; target
define float @f() {
  ret float 0.0
}

;; pair: ceil of -0.5 is -0.0
;; expect: proved
;; source
declare float @llvm.ceil.f32(float)
define float @f() {
  %r = call float @llvm.ceil.f32(float -0.5)
  ret float %r
}
;; target
define float @f() {
  ret float -0.0
}

;; pair: floor of a floor is the floor
;; expect: right
;; source
declare float @llvm.floor.f32(float)
define float @f(float %x) {
  %a = call float @llvm.floor.f32(float %x)
  %b = call float @llvm.floor.f32(float %a)
  ret float %b
}
;; target
declare float @llvm.floor.f32(float)
define float @f(float %x) {
  %a = call float @llvm.floor.f32(float %x)
  ret float %a
}

;; pair: floor is not trunc (negative non-integers)
;; expect: wrong
;; source
declare float @llvm.floor.f32(float)
define float @f(float %x) {
  %a = call float @llvm.floor.f32(float %x)
  ret float %a
}
;; target
declare float @llvm.trunc.f32(float)
define float @f(float %x) {
  %a = call float @llvm.trunc.f32(float %x)
  ret float %a
}

;; pair: floor of the negation is the negation of ceil
;; expect: right
;; source
declare double @llvm.floor.f64(double)
define double @f(double %x) {
  %n = fneg double %x
  %a = call double @llvm.floor.f64(double %n)
  ret double %a
}
;; target
declare double @llvm.ceil.f64(double)
define double @f(double %x) {
  %a = call double @llvm.ceil.f64(double %x)
  %n = fneg double %a
  ret double %n
}

;; pair: rint and nearbyint agree in the default environment
;; expect: right
;; source
declare float @llvm.rint.f32(float)
define float @f(float %x) {
  %a = call float @llvm.rint.f32(float %x)
  ret float %a
}
;; target
declare float @llvm.nearbyint.f32(float)
define float @f(float %x) {
  %a = call float @llvm.nearbyint.f32(float %x)
  ret float %a
}

;; pair: rint is not round (ties: 0.5 -> 0 vs 1)
;; expect: wrong
;; source
declare float @llvm.rint.f32(float)
define float @f(float %x) {
  %a = call float @llvm.rint.f32(float %x)
  ret float %a
}
;; target
declare float @llvm.round.f32(float)
define float @f(float %x) {
  %a = call float @llvm.round.f32(float %x)
  ret float %a
}

;; pair: trunc of an sitofp is the sitofp (already integral)
;; expect: right
;; source
declare float @llvm.trunc.f32(float)
define float @f(i16 %i) {
  %x = sitofp i16 %i to float
  %a = call float @llvm.trunc.f32(float %x)
  ret float %a
}
;; target
define float @f(i16 %i) {
  %x = sitofp i16 %i to float
  ret float %x
}

;; pair: vector floor lane by lane
;; expect: proved
;; source
declare <2 x float> @llvm.floor.v2f32(<2 x float>)
define <2 x float> @f() {
  %a = call <2 x float> @llvm.floor.v2f32(<2 x float> <float 1.5, float -1.5>)
  ret <2 x float> %a
}
;; target
define <2 x float> @f() {
  ret <2 x float> <float 1.0, float -2.0>
}

;; pair: vector floor lanes swapped is wrong
;; expect: refuted
;; source
declare <2 x float> @llvm.floor.v2f32(<2 x float>)
define <2 x float> @f() {
  %a = call <2 x float> @llvm.floor.v2f32(<2 x float> <float 1.5, float -1.5>)
  ret <2 x float> %a
}
;; target
define <2 x float> @f() {
  ret <2 x float> <float -2.0, float 1.0>
}

;; pair: floor of NaN may be the input NaN quieted: not a fixed value
;; expect: refuted
;; source
declare double @llvm.floor.f64(double)
define double @f() {
  %a = call double @llvm.floor.f64(double 0x7FF8000000000000)
  ret double %a
}
;; target
define double @f() {
  ret double 0.0
}

;; pair: fptoui.sat of NaN is 0
;; expect: proved
;; source
declare i8 @llvm.fptoui.sat.i8.f32(float)
define i8 @f() {
  %r = call i8 @llvm.fptoui.sat.i8.f32(float 0x7FF8000000000000)
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 0
}

;; pair: fptoui.sat of 300.0 into i8 is 255
;; expect: proved
;; source
declare i8 @llvm.fptoui.sat.i8.f32(float)
define i8 @f() {
  %r = call i8 @llvm.fptoui.sat.i8.f32(float 300.0)
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 255
}

;; pair: fptoui.sat of 300.0 into i8 is not 44 (it saturates, not wraps)
;; expect: refuted
;; source
declare i8 @llvm.fptoui.sat.i8.f32(float)
define i8 @f() {
  %r = call i8 @llvm.fptoui.sat.i8.f32(float 300.0)
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 44
}

;; pair: fptosi.sat of -inf into i8 is -128
;; expect: proved
;; source
declare i8 @llvm.fptosi.sat.i8.f64(double)
define i8 @f() {
  %r = call i8 @llvm.fptosi.sat.i8.f64(double 0xFFF0000000000000)
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 -128
}

;; pair: fptosi.sat of -0.75 is 0 (toward zero)
;; expect: proved
;; source
declare i32 @llvm.fptosi.sat.i32.f32(float)
define i32 @f() {
  %r = call i32 @llvm.fptosi.sat.i32.f32(float -0.75)
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 0
}

;; pair: fptoui.sat of -3.5 is 0
;; expect: proved
;; source
declare i32 @llvm.fptoui.sat.i32.f64(double)
define i32 @f() {
  %r = call i32 @llvm.fptoui.sat.i32.f64(double -3.5)
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 0
}

;; pair: fptosi to fptosi.sat refines (out of range poison becomes a value)
;; expect: right
;; source
define i8 @f(float %x) {
  %r = fptosi float %x to i8
  ret i8 %r
}
;; target
declare i8 @llvm.fptosi.sat.i8.f32(float)
define i8 @f(float %x) {
  %r = call i8 @llvm.fptosi.sat.i8.f32(float %x)
  ret i8 %r
}

;; pair: fptosi.sat to fptosi adds poison out of range
;; expect: refuted
;; source
declare i8 @llvm.fptosi.sat.i8.f32(float)
define i8 @f(float %x) {
  %r = call i8 @llvm.fptosi.sat.i8.f32(float %x)
  ret i8 %r
}
;; target
define i8 @f(float %x) {
  %r = fptosi float %x to i8
  ret i8 %r
}

;; pair: fptosi.sat of half into i64: 65504.0 fits, result 65504
;; expect: proved
;; source
declare i64 @llvm.fptosi.sat.i64.f16(half)
define i64 @f() {
  %r = call i64 @llvm.fptosi.sat.i64.f16(half 0xH7BFF)
  ret i64 %r
}
;; target
define i64 @f() {
  ret i64 65504
}

;; pair: fptosi.sat of half -inf into i64 is the minimum
;; expect: proved
;; source
declare i64 @llvm.fptosi.sat.i64.f16(half)
define i64 @f() {
  %r = call i64 @llvm.fptosi.sat.i64.f16(half 0xHFC00)
  ret i64 %r
}
;; target
define i64 @f() {
  ret i64 -9223372036854775808
}

;; pair: fptoui.sat is at most 255 for any input
;; expect: proved
;; source
declare i8 @llvm.fptoui.sat.i8.f32(float)
define i1 @f(float %x) {
  %r = call i8 @llvm.fptoui.sat.i8.f32(float %x)
  %c = icmp ule i8 %r, 255
  ret i1 %c
}
;; target
define i1 @f(float %x) {
  ret i1 true
}

;; pair: fptosi.sat can be -128 (from -128.9 or below): not always greater
;; expect: wrong
;; source
declare i8 @llvm.fptosi.sat.i8.f32(float)
define i1 @f(float %x) {
  %r = call i8 @llvm.fptosi.sat.i8.f32(float %x)
  %c = icmp sgt i8 %r, -128
  ret i1 %c
}
;; target
define i1 @f(float %x) {
  ret i1 true
}

;; pair: C's floor becomes llvm.floor (instcombine's library simplification)
;; expect: right
;; source
declare double @floor(double)
define double @f(double %x) {
  %a = call double @floor(double %x)
  ret double %a
}
;; target
declare double @llvm.floor.f64(double)
define double @f(double %x) {
  %a = call double @llvm.floor.f64(double %x)
  ret double %a
}

;; pair: C's roundf is not llvm.rint (ties)
;; expect: wrong
;; source
declare float @roundf(float)
define float @f(float %x) {
  %a = call float @roundf(float %x)
  ret float %a
}
;; target
declare float @llvm.rint.f32(float)
define float @f(float %x) {
  %a = call float @llvm.rint.f32(float %x)
  ret float %a
}

;; pair: C's ceil of a constant folds
;; expect: proved
;; source
declare double @ceil(double)
define double @f() {
  %a = call double @ceil(double 1.25)
  ret double %a
}
;; target
define double @f() {
  ret double 2.0
}

;; pair: C's ceil of a constant is not the floor
;; expect: refuted
;; source
declare double @ceil(double)
define double @f() {
  %a = call double @ceil(double 1.25)
  ret double %a
}
;; target
define double @f() {
  ret double 1.0
}

;; pair: C's floor of a noundef argument becomes llvm.floor
;; expect: proved
;; source
declare double @floor(double)
define double @f(double noundef %x) {
  %a = call double @floor(double %x)
  ret double %a
}
;; target
declare double @llvm.floor.f64(double)
define double @f(double noundef %x) {
  %a = call double @llvm.floor.f64(double %x)
  ret double %a
}
