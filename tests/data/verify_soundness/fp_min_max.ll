; llvm.minnum/maxnum (libm's fmin/fmax: a NaN operand gives the other; +0/-0 either) and llvm.minimum/maximum
; (IEEE 754-2019: NaN propagates; -0 < +0), written from the LangRef.

;; pair: minnum(x, NaN) is x
;; expect: right
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x, float %y) {
  %r = call float @llvm.minnum.f32(float %x, float 0x7FF8000000000000)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x, float %y) {
  ret float %x
}
;; pair: minnum(x, sNaN) is x too (no signalling distinction)
;; expect: right
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x, float %y) {
  %r = call float @llvm.minnum.f32(float %x, float 0x7FF4000000000000)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x, float %y) {
  ret float %x
}
;; pair: minnum commutes
;; expect: right
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x, float %y) {
  %r = call float @llvm.minnum.f32(float %x, float %y)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x, float %y) {
  %r = call float @llvm.minnum.f32(float %y, float %x)
  ret float %r
}
;; pair: maxnum commutes
;; expect: right
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x, float %y) {
  %r = call float @llvm.maxnum.f32(float %x, float %y)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x, float %y) {
  %r = call float @llvm.maxnum.f32(float %y, float %x)
  ret float %r
}
;; pair: minnum is not select olt (a NaN y gives x)
;; expect: refuted
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x, float %y) {
  %r = call float @llvm.minnum.f32(float %x, float %y)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x, float %y) {
  %c = fcmp olt float %x, %y
  %r = select i1 %c, float %x, float %y
  ret float %r
}
;; pair: maxnum with nnan is select ogt
;; expect: right
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x, float %y) {
  %r = call nnan float @llvm.maxnum.f32(float %x, float %y)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x, float %y) {
  %c = fcmp ogt float %x, %y
  %r = select i1 %c, float %x, float %y
  ret float %r
}
;; pair: minnum(+0, -0) may be -0
;; expect: proved
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f() {
  %r = call float @llvm.minnum.f32(float 0.0, float -0.0)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f() {
  ret float -0.0
}
;; pair: minnum(+0, -0) may be +0
;; expect: proved
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f() {
  %r = call float @llvm.minnum.f32(float 0.0, float -0.0)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f() {
  ret float 0.0
}
;; pair: minimum(+0, -0) is -0, not +0
;; expect: refuted
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f() {
  %r = call float @llvm.minimum.f32(float 0.0, float -0.0)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f() {
  ret float 0.0
}
;; pair: minimum(+0, -0) is -0
;; expect: proved
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f() {
  %r = call float @llvm.minimum.f32(float 0.0, float -0.0)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f() {
  ret float -0.0
}
;; pair: maximum(-0, +0) is +0
;; expect: proved
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f() {
  %r = call float @llvm.maximum.f32(float -0.0, float 0.0)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f() {
  ret float 0.0
}
;; pair: maximum(x, NaN) is NaN, not x
;; expect: refuted
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x) {
  %r = call float @llvm.maximum.f32(float %x, float 0x7FF8000000000000)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x) {
  ret float %x
}
;; pair: maxnum(x, -inf) is not x (a NaN x gives -inf)
;; expect: refuted
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x) {
  %r = call float @llvm.maxnum.f32(float %x, float 0xFFF0000000000000)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x) {
  ret float %x
}
;; pair: minimum(x, +inf) is x (a NaN x may stay itself)
;; expect: right
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x) {
  %r = call float @llvm.minimum.f32(float %x, float 0x7FF0000000000000)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x) {
  ret float %x
}
;; pair: minnum(x, x) is x
;; expect: right
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x) {
  %r = call float @llvm.minnum.f32(float %x, float %x)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x) {
  ret float %x
}
;; pair: minnum(x, 1.0) is not 1.0
;; expect: refuted
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x) {
  %r = call float @llvm.minnum.f32(float %x, float 1.0)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x) {
  ret float 1.0
}
;; pair: minnum is not maxnum
;; expect: refuted
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x, float %y) {
  %r = call float @llvm.minnum.f32(float %x, float %y)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float %x, float %y) {
  %r = call float @llvm.maxnum.f32(float %x, float %y)
  ret float %r
}
;; pair: double minnum(2.0, 3.0) folds to 2.0
;; expect: proved
;; source
declare double @llvm.minnum.f64(double, double)
declare double @llvm.maximum.f64(double, double)
define double @f() {
  %r = call double @llvm.minnum.f64(double 2.0, double 3.0)
  ret double %r
}
;; target
declare double @llvm.minnum.f64(double, double)
declare double @llvm.maximum.f64(double, double)
define double @f() {
  ret double 2.0
}
;; pair: double maximum(NaN, 1.0) is not 1.0
;; expect: refuted
;; source
declare double @llvm.minnum.f64(double, double)
declare double @llvm.maximum.f64(double, double)
define double @f() {
  %r = call double @llvm.maximum.f64(double 0x7FF8000000000000, double 1.0)
  ret double %r
}
;; target
declare double @llvm.minnum.f64(double, double)
declare double @llvm.maximum.f64(double, double)
define double @f() {
  ret double 1.0
}
;; pair: minnum(x, NaN) is x (noundef arguments)
;; expect: proved
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float noundef %x, float noundef %y) {
  %r = call float @llvm.minnum.f32(float %x, float 0x7FF8000000000000)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float noundef %x, float noundef %y) {
  ret float %x
}
;; pair: minnum(x, sNaN) is x too (no signalling distinction) (noundef arguments)
;; expect: proved
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float noundef %x, float noundef %y) {
  %r = call float @llvm.minnum.f32(float %x, float 0x7FF4000000000000)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float noundef %x, float noundef %y) {
  ret float %x
}
;; pair: minnum commutes (noundef arguments)
;; expect: proved
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float noundef %x, float noundef %y) {
  %r = call float @llvm.minnum.f32(float noundef %x, float noundef %y)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float noundef %x, float noundef %y) {
  %r = call float @llvm.minnum.f32(float %y, float %x)
  ret float %r
}
;; pair: maxnum commutes (noundef arguments)
;; expect: proved
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float noundef %x, float noundef %y) {
  %r = call float @llvm.maxnum.f32(float noundef %x, float noundef %y)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float noundef %x, float noundef %y) {
  %r = call float @llvm.maxnum.f32(float %y, float %x)
  ret float %r
}
;; pair: minimum(x, +inf) is x (a NaN x may stay itself) (noundef arguments)
;; expect: proved
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float noundef %x) {
  %r = call float @llvm.minimum.f32(float %x, float 0x7FF0000000000000)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float noundef %x) {
  ret float %x
}
;; pair: minnum(x, x) is x (noundef arguments)
;; expect: proved
;; source
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float noundef %x) {
  %r = call float @llvm.minnum.f32(float %x, float %x)
  ret float %r
}
;; target
declare float @llvm.minnum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.maximum.f32(float, float)
define float @f(float noundef %x) {
  ret float %x
}
