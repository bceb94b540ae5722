; fptosi/fptoui to wide integers, FP select/phi with NaN and signed zeros, FP vector constants.

;; pair: fptosi double 1e300 to i128 is out of range (poison), target returns 0
;; expect: proved
;; source
define i128 @f() {
  %r = fptosi double 1.000000e+300 to i128
  ret i128 %r
}
;; target
define i128 @f() {
  ret i128 0
}

;; pair: fptoui double -1.0 to i128 is poison, target returns 0
;; expect: proved
;; source
define i128 @f() {
  %r = fptoui double -1.000000e+00 to i128
  ret i128 %r
}
;; target
define i128 @f() {
  ret i128 0
}

;; pair: target computes fptosi double 1e300 to i128 (poison) where the source returns 0
;; expect: refuted
;; source
define i128 @f() {
  ret i128 0
}
;; target
define i128 @f() {
  %r = fptosi double 1.000000e+300 to i128
  ret i128 %r
}

;; pair: fptosi double -2^127 to i128 is INT128_MIN (in range)
;; expect: refuted
;; source
define i128 @f() {
  %r = fptosi double 0xC7E0000000000000 to i128
  ret i128 %r
}
;; target
define i128 @f() {
  ret i128 0
}

;; pair: fptosi double 2^127 to i128 is out of range
;; expect: proved
;; source
define i128 @f() {
  %r = fptosi double 0x47E0000000000000 to i128
  ret i128 %r
}
;; target
define i128 @f() {
  ret i128 5
}

;; pair: fptoui double 2^127 to i128 is in range
;; expect: refuted
;; source
define i128 @f() {
  %r = fptoui double 0x47E0000000000000 to i128
  ret i128 %r
}
;; target
define i128 @f() {
  ret i128 5
}

;; pair: a select of 0.0 and -0.0 is not a constant 0.0
;; expect: refuted
;; source
define float @f(i1 %c) {
  %r = select i1 %c, float 0.000000e+00, float -0.000000e+00
  ret float %r
}
;; target
define float @f(i1 %c) {
  ret float 0.000000e+00
}

;; pair: select (fcmp oeq x, 0.0), 0.0, x is not x (x = -0.0)
;; expect: refuted
;; source
define float @f(float noundef %x) {
  %c = fcmp oeq float %x, 0.000000e+00
  %r = select i1 %c, float 0.000000e+00, float %x
  ret float %r
}
;; target
define float @f(float noundef %x) {
  ret float %x
}

;; pair: select (fcmp oeq x, 1.0), 1.0, x is x (only 1.0 compares equal to 1.0)
;; expect: proved
;; source
define float @f(float noundef %x) {
  %c = fcmp oeq float %x, 1.000000e+00
  %r = select i1 %c, float 1.000000e+00, float %x
  ret float %r
}
;; target
define float @f(float noundef %x) {
  ret float %x
}

;; pair: select (fcmp une x, x), y, x is not x... it is: une x, x only for NaN, then y
;; expect: refuted
;; source
define float @f(float noundef %x, float noundef %y) {
  %c = fcmp une float %x, %x
  %r = select i1 %c, float %y, float %x
  ret float %r
}
;; target
define float @f(float noundef %x, float noundef %y) {
  ret float %x
}

;; pair: a phi of a NaN constant and x, target keeps the NaN's bits
;; expect: proved
;; source
define float @f(i1 %c, float %x) {
entry:
  br i1 %c, label %a, label %m
a:
  br label %m
m:
  %p = phi float [ 0x7FF8000020000000, %a ], [ %x, %entry ]
  ret float %p
}
;; target
define float @f(i1 %c, float %x) {
entry:
  %r = select i1 %c, float 0x7FF8000020000000, float %x
  ret float %r
}

;; pair: a phi of a NaN constant and x, target changes the NaN's payload
;; expect: refuted
;; source
define float @f(i1 %c, float %x) {
entry:
  br i1 %c, label %a, label %m
a:
  br label %m
m:
  %p = phi float [ 0x7FF8000020000000, %a ], [ %x, %entry ]
  ret float %p
}
;; target
define float @f(i1 %c, float %x) {
entry:
  %r = select i1 %c, float 0x7FF8000000000000, float %x
  ret float %r
}

;; pair: a vector constant with a signalling-NaN float lane keeps its bits
;; expect: proved
;; source
define <2 x i32> @f() {
  %b = bitcast <2 x float> <float 0x7FF4000000000000, float 1.000000e+00> to <2 x i32>
  ret <2 x i32> %b
}
;; target
define <2 x i32> @f() {
  ret <2 x i32> <i32 2141192192, i32 1065353216>
}

;; pair: fneg of a signalling NaN constant flips only the sign bit
;; expect: proved
;; source
define i32 @f() {
  %x = bitcast i32 2141192192 to float
  %n = fneg float %x
  %b = bitcast float %n to i32
  ret i32 %b
}
;; target
define i32 @f() {
  ret i32 -6291456
}

;; pair: fabs of a negative NaN clears only the sign bit
;; expect: refuted
;; source
define i32 @f() {
  %x = bitcast i32 -4194303 to float
  %n = call float @llvm.fabs.f32(float %x)
  %b = bitcast float %n to i32
  ret i32 %b
}
declare float @llvm.fabs.f32(float)
;; target
define i32 @f() {
  ret i32 2143289344
}

;; pair: fmul by 2.0 is fadd x, x
;; expect: right
;; source
define float @f(float noundef %x) {
  %r = fmul float %x, 2.000000e+00
  ret float %r
}
;; target
define float @f(float noundef %x) {
  %r = fadd float %x, %x
  ret float %r
}

;; pair: fdiv by 3.0 is not fmul by its rounded reciprocal
;; expect: wrong
;; source
define float @f(float noundef %x) {
  %r = fdiv float %x, 3.000000e+00
  ret float %r
}
;; target
define float @f(float noundef %x) {
  %r = fmul float %x, 0x3FD5555560000000
  ret float %r
}

;; pair: fadd is commutative
;; expect: proved
;; source
define float @f(float noundef %x, float noundef %y) {
  %r = fadd float %x, %y
  ret float %r
}
;; target
define float @f(float noundef %x, float noundef %y) {
  %r = fadd float %y, %x
  ret float %r
}
