; NaN payload/sign rules, signed zeros, fcmp predicates, fast-math nnan/ninf, fma/fmuladd.

;; pair: a NaN result propagated from an input NaN has a nondeterministic sign, target says it is never negative
;; expect: wrong
;; source
define i1 @f() {
  ret i1 false
}
;; target
define i1 @f() {
  %a = fadd float 0x7FF8000020000000, 1.000000e+00
  %b = bitcast float %a to i32
  %c = icmp eq i32 %b, -4194303
  ret i1 %c
}

;; pair: a signalling NaN input may propagate unchanged (still signalling), target says never
;; expect: wrong
;; source
define i1 @f() {
  ret i1 false
}
;; target
define i1 @f() {
  %x = bitcast i32 2141192192 to float
  %a = fadd float %x, 1.000000e+00
  %b = bitcast float %a to i32
  %c = icmp eq i32 %b, 2141192192
  ret i1 %c
}

;; pair: fadd with an input NaN, target returns that NaN with the sign flipped (allowed)
;; expect: right
;; source
define float @f() {
  %a = fadd float 0x7FF8000020000000, 1.000000e+00
  ret float %a
}
;; target
define float @f() {
  ret float 0xFFF8000020000000
}

;; pair: fadd with no NaN input giving NaN, target returns a NaN with a non-preferred payload
;; expect: refuted
;; source
define float @f() {
  %a = fadd float 0x7FF0000000000000, 0xFFF0000000000000
  ret float %a
}
;; target
define float @f() {
  ret float 0x7FF8000020000000
}

;; pair: inf + -inf gives the preferred NaN of either sign, target returns the negative one
;; expect: proved
;; source
define float @f() {
  %a = fadd float 0x7FF0000000000000, 0xFFF0000000000000
  ret float %a
}
;; target
define float @f() {
  ret float 0xFFF8000000000000
}

;; pair: fadd x, -0.0 folded to x (a NaN x may be returned unchanged)
;; expect: right
;; source
define float @f(float noundef %x) {
  %a = fadd float %x, -0.000000e+00
  ret float %a
}
;; target
define float @f(float noundef %x) {
  ret float %x
}

;; pair: fadd x, +0.0 folded to x (wrong for x = -0.0)
;; expect: refuted
;; source
define float @f(float noundef %x) {
  %a = fadd float %x, 0.000000e+00
  ret float %a
}
;; target
define float @f(float noundef %x) {
  ret float %x
}

;; pair: fmul x, 1.0 folded to x
;; expect: right
;; source
define double @f(double noundef %x) {
  %a = fmul double %x, 1.000000e+00
  ret double %a
}
;; target
define double @f(double noundef %x) {
  ret double %x
}

;; pair: fsub 0.0, x is not fneg x (x = +0.0 gives +0.0)
;; expect: refuted
;; source
define float @f(float noundef %x) {
  %a = fsub float 0.000000e+00, %x
  ret float %a
}
;; target
define float @f(float noundef %x) {
  %a = fneg float %x
  ret float %a
}

;; pair: fsub -0.0, x is fneg x
;; expect: right
;; source
define float @f(float noundef %x) {
  %a = fsub float -0.000000e+00, %x
  ret float %a
}
;; target
define float @f(float noundef %x) {
  %a = fneg float %x
  ret float %a
}

;; pair: fneg x is a bit flip, target computes fsub -0.0, x (a NaN x may be quietened / get another sign)
;; expect: refuted
;; source
define float @f(float noundef %x) {
  %a = fneg float %x
  ret float %a
}
;; target
define float @f(float noundef %x) {
  %a = fsub float -0.000000e+00, %x
  ret float %a
}

;; pair: fdiv x, -1.0 is fneg x
;; expect: right
;; source
define float @f(float noundef %x) {
  %a = fdiv float %x, -1.000000e+00
  ret float %a
}
;; target
define float @f(float noundef %x) {
  %a = fneg float %x
  ret float %a
}

;; pair: select-based abs is not fabs (x = -0.0 and negative NaNs)
;; expect: refuted
;; source
define float @f(float noundef %x) {
  %c = fcmp olt float %x, 0.000000e+00
  %n = fneg float %x
  %r = select i1 %c, float %n, float %x
  ret float %r
}
;; target
define float @f(float noundef %x) {
  %r = call float @llvm.fabs.f32(float %x)
  ret float %r
}
declare float @llvm.fabs.f32(float)

;; pair: copysign(x, -1.0) is fneg(fabs(x))
;; expect: proved
;; source
define float @f(float %x) {
  %r = call float @llvm.copysign.f32(float %x, float -1.000000e+00)
  ret float %r
}
;; target
define float @f(float %x) {
  %a = call float @llvm.fabs.f32(float %x)
  %r = fneg float %a
  ret float %r
}
declare float @llvm.copysign.f32(float, float)
declare float @llvm.fabs.f32(float)

;; pair: copysign(x, y) with the sign of y replaced by the sign of fneg y
;; expect: refuted
;; source
define float @f(float %x, float %y) {
  %r = call float @llvm.copysign.f32(float %x, float %y)
  ret float %r
}
;; target
define float @f(float %x, float %y) {
  %n = fneg float %y
  %r = call float @llvm.copysign.f32(float %x, float %n)
  ret float %r
}
declare float @llvm.copysign.f32(float, float)

;; pair: fcmp oeq x, x is fcmp ord x, 0.0
;; expect: proved
;; source
define i1 @f(float %x) {
  %c = fcmp oeq float %x, %x
  ret i1 %c
}
;; target
define i1 @f(float %x) {
  %c = fcmp ord float %x, 0.000000e+00
  ret i1 %c
}

;; pair: fcmp one is not fcmp une (NaN operands)
;; expect: refuted
;; source
define i1 @f(float %x, float %y) {
  %c = fcmp one float %x, %y
  ret i1 %c
}
;; target
define i1 @f(float %x, float %y) {
  %c = fcmp une float %x, %y
  ret i1 %c
}

;; pair: fcmp ueq is oeq or uno
;; expect: proved
;; source
define i1 @f(double %x, double %y) {
  %c = fcmp ueq double %x, %y
  ret i1 %c
}
;; target
define i1 @f(double %x, double %y) {
  %a = fcmp oeq double %x, %y
  %b = fcmp uno double %x, %y
  %c = or i1 %a, %b
  ret i1 %c
}

;; pair: fcmp oeq 0.0 and -0.0 is true, target compares the bits
;; expect: refuted
;; source
define i1 @f(float %x) {
  %c = fcmp oeq float %x, 0.000000e+00
  ret i1 %c
}
;; target
define i1 @f(float %x) {
  %b = bitcast float %x to i32
  %c = icmp eq i32 %b, 0
  ret i1 %c
}

;; pair: fcmp uge x, y is not (fcmp olt x, y) negated... it is: uge == !olt
;; expect: proved
;; source
define i1 @f(float %x, float %y) {
  %c = fcmp uge float %x, %y
  ret i1 %c
}
;; target
define i1 @f(float %x, float %y) {
  %a = fcmp olt float %x, %y
  %c = xor i1 %a, true
  ret i1 %c
}

;; pair: fcmp oge is not !ult... oge == !ult
;; expect: proved
;; source
define i1 @f(float %x, float %y) {
  %c = fcmp oge float %x, %y
  ret i1 %c
}
;; target
define i1 @f(float %x, float %y) {
  %a = fcmp ult float %x, %y
  %c = xor i1 %a, true
  ret i1 %c
}

;; pair: fcmp oge is not !olt (NaN)
;; expect: refuted
;; source
define i1 @f(float %x, float %y) {
  %c = fcmp oge float %x, %y
  ret i1 %c
}
;; target
define i1 @f(float %x, float %y) {
  %a = fcmp olt float %x, %y
  %c = xor i1 %a, true
  ret i1 %c
}

;; pair: target adds nnan to an fadd
;; expect: refuted
;; source
define float @f(float %x, float %y) {
  %a = fadd float %x, %y
  ret float %a
}
;; target
define float @f(float %x, float %y) {
  %a = fadd nnan float %x, %y
  ret float %a
}

;; pair: target adds ninf to an fmul (overflow to inf with finite inputs)
;; expect: refuted
;; source
define float @f(float noundef %x) {
  %a = fmul float %x, 0x47EFFFFFE0000000
  ret float %a
}
;; target
define float @f(float noundef %x) {
  %a = fmul ninf float %x, 0x47EFFFFFE0000000
  ret float %a
}

;; pair: an nnan fadd is never NaN, so fcmp uno of it folds to false
;; expect: proved
;; source
define i1 @f(float %x, float %y) {
  %a = fadd nnan float %x, %y
  %c = fcmp uno float %a, 0.000000e+00
  ret i1 %c
}
;; target
define i1 @f(float %x, float %y) {
  ret i1 false
}

;; pair: ninf on fcmp with an infinite operand is poison, target folds it to true
;; expect: proved
;; source
define i1 @f(float %x) {
  %c = fcmp ninf oeq float %x, 0x7FF0000000000000
  ret i1 %c
}
;; target
define i1 @f(float %x) {
  ret i1 true
}

;; pair: target adds nnan to an fcmp
;; expect: refuted
;; source
define i1 @f(float %x, float %y) {
  %c = fcmp ult float %x, %y
  ret i1 %c
}
;; target
define i1 @f(float %x, float %y) {
  %c = fcmp nnan ult float %x, %y
  ret i1 %c
}

;; pair: nsz lets x * 0.0 be +0.0 for finite x (source flags nnan ninf nsz)
;; expect: right
;; source
define float @f(float %x) {
  %a = fmul nnan ninf nsz float %x, 0.000000e+00
  ret float %a
}
;; target
define float @f(float %x) {
  ret float 0.000000e+00
}

;; pair: without nsz, x * 0.0 is not +0.0 (negative x)
;; expect: refuted
;; source
define float @f(float %x) {
  %a = fmul nnan ninf float %x, 0.000000e+00
  ret float %a
}
;; target
define float @f(float %x) {
  ret float 0.000000e+00
}

;; pair: fdiv 1.0, -0.0 is -inf
;; expect: proved
;; source
define float @f() {
  %a = fdiv float 1.000000e+00, -0.000000e+00
  ret float %a
}
;; target
define float @f() {
  ret float 0xFFF0000000000000
}

;; pair: fneg of fneg is the identity (bit flips, NaN kept)
;; expect: proved
;; source
define float @f(float %x) {
  %a = fneg float %x
  %b = fneg float %a
  ret float %b
}
;; target
define float @f(float %x) {
  ret float %x
}
