; Fast-math flags on a call to a floating-point intrinsic mean what they mean on an instruction (LangRef "Fast-Math
; Flags"): with nnan a NaN operand or result makes the result poison, with ninf an infinite one. So a target may
; add the flags where the source's result is already poison in those cases, and not elsewhere.

;; pair: nnan-fabs-feeding-an-nnan-fadd
;; expect: proved
;; source
declare float @llvm.fabs.f32(float)
define float @f(float noundef %x) {
  %r = call float @llvm.fabs.f32(float %x)
  %s = fadd nnan float %r, 1.0
  ret float %s
}
;; target
declare float @llvm.fabs.f32(float)
define float @f(float noundef %x) {
  %r = call nnan float @llvm.fabs.f32(float %x)
  %s = fadd nnan float %r, 1.0
  ret float %s
}

;; pair: nnan-added-to-a-returned-fabs
;; expect: refuted
;; source
declare float @llvm.fabs.f32(float)
define float @f(float %x) {
  %r = call float @llvm.fabs.f32(float %x)
  ret float %r
}
;; target
declare float @llvm.fabs.f32(float)
define float @f(float %x) {
  %r = call nnan float @llvm.fabs.f32(float %x)
  ret float %r
}

;; pair: ninf-copysign-kept
;; expect: proved
;; source
declare double @llvm.copysign.f64(double, double)
define double @f(double %a, double %b) {
  %r = call ninf double @llvm.copysign.f64(double %a, double %b)
  ret double %r
}
;; target
declare double @llvm.fabs.f64(double)
declare double @llvm.copysign.f64(double, double)
define double @f(double %a, double %b) {
  %m = call ninf double @llvm.fabs.f64(double %a)
  %r = call ninf double @llvm.copysign.f64(double %m, double %b)
  ret double %r
}

;; pair: ninf-added-to-copysign
;; expect: refuted
;; source
declare double @llvm.copysign.f64(double, double)
define double @f(double %a, double %b) {
  %r = call double @llvm.copysign.f64(double %a, double %b)
  ret double %r
}
;; target
declare double @llvm.copysign.f64(double, double)
define double @f(double %a, double %b) {
  %r = call ninf double @llvm.copysign.f64(double %a, double %b)
  ret double %r
}

;; pair: nsz-on-copysign-not-modelled
;; expect: wrong
;; source
declare float @llvm.copysign.f32(float, float)
define float @f(float %x, float %y) {
  %r = call float @llvm.copysign.f32(float %x, float %y)
  ret float %r
}
;; target
declare float @llvm.copysign.f32(float, float)
define float @f(float %x, float %y) {
  %r = call nsz float @llvm.copysign.f32(float %x, float %y)
  ret float %r
}
