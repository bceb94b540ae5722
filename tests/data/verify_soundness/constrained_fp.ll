; Constrained FP intrinsics (LangRef): with fpexcept.ignore, the plain operation rounded in the static mode the
; metadata names; round.dynamic and the trapping/strict exception behaviours are not modelled (inconclusive).

;; pair: constrained fadd to nearest, exceptions ignored, is commutative
;; expect: right
;; source
declare double @llvm.experimental.constrained.fadd.f64(double, double, metadata, metadata)
define double @f(double %a, double %b) strictfp {
  %r = call double @llvm.experimental.constrained.fadd.f64(double %a, double %b, metadata !"round.tonearest", metadata !"fpexcept.ignore") strictfp
  ret double %r
}
;; target
declare double @llvm.experimental.constrained.fadd.f64(double, double, metadata, metadata)
define double @f(double %a, double %b) strictfp {
  %r = call double @llvm.experimental.constrained.fadd.f64(double %b, double %a, metadata !"round.tonearest", metadata !"fpexcept.ignore") strictfp
  ret double %r
}

;; pair: constrained fadd rounding down of 1 + 2^-60 is 1
;; expect: proved
;; source
declare double @llvm.experimental.constrained.fadd.f64(double, double, metadata, metadata)
define double @f() strictfp {
  %r = call double @llvm.experimental.constrained.fadd.f64(double 1.0, double 0x3C30000000000000, metadata !"round.downward", metadata !"fpexcept.ignore") strictfp
  ret double %r
}
;; target
define double @f() strictfp {
  ret double 1.0
}

;; pair: constrained fadd rounding up of 1 + 2^-60 is not 1
;; expect: refuted
;; source
declare double @llvm.experimental.constrained.fadd.f64(double, double, metadata, metadata)
define double @f() strictfp {
  %r = call double @llvm.experimental.constrained.fadd.f64(double 1.0, double 0x3C30000000000000, metadata !"round.upward", metadata !"fpexcept.ignore") strictfp
  ret double %r
}
;; target
define double @f() strictfp {
  ret double 1.0
}

;; pair: constrained fdiv toward zero of 1/3 is below the nearest
;; expect: refuted
;; source
declare float @llvm.experimental.constrained.fdiv.f32(float, float, metadata, metadata)
define float @f() strictfp {
  %r = call float @llvm.experimental.constrained.fdiv.f32(float 1.0, float 3.0, metadata !"round.towardzero", metadata !"fpexcept.ignore") strictfp
  ret float %r
}
;; target
define float @f() strictfp {
  %r = fdiv float 1.0, 3.0
  ret float %r
}

;; pair: constrained fmul to nearest is fmul
;; expect: right
;; source
declare float @llvm.experimental.constrained.fmul.f32(float, float, metadata, metadata)
define float @f(float %a) strictfp {
  %r = call float @llvm.experimental.constrained.fmul.f32(float %a, float 2.0, metadata !"round.tonearest", metadata !"fpexcept.ignore") strictfp
  ret float %r
}
;; target
define float @f(float %a) strictfp {
  %r = fmul float %a, 2.0
  ret float %r
}

;; pair: a dynamic rounding mode is not to nearest
;; expect: wrong
;; source
declare float @llvm.experimental.constrained.fdiv.f32(float, float, metadata, metadata)
define float @f() strictfp {
  %r = call float @llvm.experimental.constrained.fdiv.f32(float 1.0, float 3.0, metadata !"round.dynamic", metadata !"fpexcept.ignore") strictfp
  ret float %r
}
;; target
define float @f() strictfp {
  %r = fdiv float 1.0, 3.0
  ret float %r
}

;; pair: strict exceptions make a dead constrained fdiv observable
;; expect: wrong
;; source
declare float @llvm.experimental.constrained.fdiv.f32(float, float, metadata, metadata)
define void @f() strictfp {
  %r = call float @llvm.experimental.constrained.fdiv.f32(float 1.0, float 0.0, metadata !"round.tonearest", metadata !"fpexcept.strict") strictfp
  ret void
}
;; target
define void @f() strictfp {
  ret void
}

;; pair: constrained sitofp rounding up of 2^24 + 1
;; expect: proved
;; source
declare float @llvm.experimental.constrained.sitofp.f32.i32(i32, metadata, metadata)
define float @f() strictfp {
  %r = call float @llvm.experimental.constrained.sitofp.f32.i32(i32 16777217, metadata !"round.upward", metadata !"fpexcept.ignore") strictfp
  ret float %r
}
;; target
define float @f() strictfp {
  ret float 16777218.0
}

;; pair: constrained fptrunc rounding down of 0.1 is not the nearest float (which is above it)
;; expect: refuted
;; source
declare float @llvm.experimental.constrained.fptrunc.f32.f64(double, metadata, metadata)
define float @f() strictfp {
  %r = call float @llvm.experimental.constrained.fptrunc.f32.f64(double 0x3FB999999999999A, metadata !"round.downward", metadata !"fpexcept.ignore") strictfp
  ret float %r
}
;; target
define float @f() strictfp {
  %r = fptrunc double 0x3FB999999999999A to float
  ret float %r
}

;; pair: constrained fpext is exact
;; expect: proved
;; source
declare double @llvm.experimental.constrained.fpext.f64.f32(float, metadata)
define double @f() strictfp {
  %r = call double @llvm.experimental.constrained.fpext.f64.f32(float 1.5, metadata !"fpexcept.ignore") strictfp
  ret double %r
}
;; target
define double @f() strictfp {
  ret double 1.5
}
