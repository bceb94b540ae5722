; Odd widths, i1 arithmetic, assume, fptosi to i1, sitofp overflow to half, poison dividends, is.fpclass on vectors.

;; pair: sdiv i1 by true (-1) is UB for x = true (INT_MIN / -1), 0 otherwise
;; expect: proved
;; source
define i1 @f(i1 %x) {
  %r = sdiv i1 %x, true
  ret i1 %r
}
;; target
define i1 @f(i1 %x) {
  ret i1 false
}

;; pair: add nsw i1 true, true overflows (-1 + -1), target returns false
;; expect: proved
;; source
define i1 @f() {
  %r = add nsw i1 true, true
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: add nuw i1 true, false is true (no wrap)
;; expect: refuted
;; source
define i1 @f() {
  %r = add nuw i1 true, false
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: mul nsw i1 true, true overflows ((-1)*(-1) = 1), target returns false
;; expect: proved
;; source
define i1 @f() {
  %r = mul nsw i1 true, true
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: i65 add nsw sign test
;; expect: proved
;; source
define i1 @f(i65 %x) {
  %a = add nsw i65 %x, 1
  %c = icmp sgt i65 %a, %x
  ret i1 %c
}
;; target
define i1 @f(i65 %x) {
  ret i1 true
}

;; pair: target adds an assume the source does not guarantee
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  ret i32 %x
}
;; target
define i32 @f(i32 %x) {
  %c = icmp sgt i32 %x, 0
  call void @llvm.assume(i1 %c)
  ret i32 %x
}
declare void @llvm.assume(i1)

;; pair: an assume lets a compare fold
;; expect: proved
;; source
define i1 @f(i32 %x) {
  %c = icmp sgt i32 %x, 0
  call void @llvm.assume(i1 %c)
  %d = icmp ne i32 %x, 0
  ret i1 %d
}
declare void @llvm.assume(i1)
;; target
define i1 @f(i32 %x) {
  %c = icmp sgt i32 %x, 0
  call void @llvm.assume(i1 %c)
  ret i1 true
}
declare void @llvm.assume(i1)

;; pair: fptosi float 1.0 to i1 is poison (1 does not fit a signed i1), target returns false
;; expect: proved
;; source
define i1 @f() {
  %r = fptosi float 1.000000e+00 to i1
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: fptosi float -1.0 to i1 is true (-1)
;; expect: refuted
;; source
define i1 @f() {
  %r = fptosi float -1.000000e+00 to i1
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: fptoui float 1.0 to i1 is true
;; expect: refuted
;; source
define i1 @f() {
  %r = fptoui float 1.000000e+00 to i1
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: sitofp i32 100000 to half overflows to +inf
;; expect: proved
;; source
define half @f() {
  %r = sitofp i32 100000 to half
  ret half %r
}
;; target
define half @f() {
  ret half 0xH7C00
}

;; pair: uitofp i32 65519 to half rounds to 65504 (below the overflow threshold)
;; expect: proved
;; source
define half @f() {
  %r = uitofp i32 65519 to half
  ret half %r
}
;; target
define half @f() {
  ret half 0xH7BFF
}

;; pair: uitofp i32 65520 to half rounds to +inf
;; expect: refuted
;; source
define half @f() {
  %r = uitofp i32 65520 to half
  ret half %r
}
;; target
define half @f() {
  ret half 0xH7BFF
}

;; pair: fptrunc double 1e300 to float is +inf
;; expect: proved
;; source
define float @f() {
  %r = fptrunc double 1.000000e+300 to float
  ret float %r
}
;; target
define float @f() {
  ret float 0x7FF0000000000000
}

;; pair: fptrunc of the smallest double subnormal to float is +0.0
;; expect: proved
;; source
define float @f() {
  %r = fptrunc double 4.940656e-324 to float
  ret float %r
}
;; target
define float @f() {
  ret float 0.000000e+00
}

;; pair: vector is.fpclass nan lane by lane is fcmp uno
;; expect: proved
;; source
define <2 x i1> @f(<2 x float> %x) {
  %c = call <2 x i1> @llvm.is.fpclass.v2f32(<2 x float> %x, i32 3)
  ret <2 x i1> %c
}
declare <2 x i1> @llvm.is.fpclass.v2f32(<2 x float>, i32)
;; target
define <2 x i1> @f(<2 x float> %x) {
  %c = fcmp uno <2 x float> %x, zeroinitializer
  ret <2 x i1> %c
}

;; pair: is.fpclass with every class is true
;; expect: proved
;; source
define i1 @f(half %x) {
  %c = call i1 @llvm.is.fpclass.f16(half %x, i32 1023)
  ret i1 %c
}
declare i1 @llvm.is.fpclass.f16(half, i32)
;; target
define i1 @f(half %x) {
  ret i1 true
}

;; pair: is.fpclass of poison is poison, target returns true
;; expect: proved
;; source
define i1 @f() {
  %c = call i1 @llvm.is.fpclass.f32(float poison, i32 3)
  ret i1 %c
}
declare i1 @llvm.is.fpclass.f32(float, i32)
;; target
define i1 @f() {
  ret i1 true
}

;; pair: is.fpclass snan of a quiet NaN is false
;; expect: refuted
;; source
define i1 @f() {
  %c = call i1 @llvm.is.fpclass.f32(float 0x7FF8000000000000, i32 1)
  ret i1 %c
}
declare i1 @llvm.is.fpclass.f32(float, i32)
;; target
define i1 @f() {
  ret i1 true
}

;; pair: is.fpclass psub of the smallest positive float subnormal is true
;; expect: proved
;; source
define i1 @f() {
  %c = call i1 @llvm.is.fpclass.f32(float 0x36A0000000000000, i32 128)
  ret i1 %c
}
declare i1 @llvm.is.fpclass.f32(float, i32)
;; target
define i1 @f() {
  ret i1 true
}

;; pair: fcmp fast oeq x, x is true (fast implies nnan: NaN is poison)
;; expect: proved
;; source
define i1 @f(float %x) {
  %c = fcmp fast oeq float %x, %x
  ret i1 %c
}
;; target
define i1 @f(float %x) {
  ret i1 true
}

;; pair: select on an i1 vector extract
;; expect: proved
;; source
define i32 @f(<2 x i1> %c, i32 %x, i32 %y) {
  %e = extractelement <2 x i1> %c, i64 1
  %r = select i1 %e, i32 %x, i32 %y
  ret i32 %r
}
;; target
define i32 @f(<2 x i1> %c, i32 %x, i32 %y) {
  %s = select <2 x i1> %c, <2 x i32> <i32 0, i32 0>, <2 x i32> <i32 1, i32 1>
  %vx = insertelement <2 x i32> poison, i32 %x, i64 1
  %vy = insertelement <2 x i32> poison, i32 %y, i64 1
  %r2 = select <2 x i1> %c, <2 x i32> %vx, <2 x i32> %vy
  %r = extractelement <2 x i32> %r2, i64 1
  ret i32 %r
}
