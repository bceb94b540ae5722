; fptosi/fptoui range, sitofp/uitofp rounding, fpext/fptrunc NaN payloads, FP constant bit patterns.

;; pair: fptosi float -2^31 to i32 is in range (-2147483648), target returns 0
;; expect: refuted
;; source
define i32 @f() {
  %r = fptosi float 0xC1E0000000000000 to i32
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 0
}

;; pair: fptosi float -2^31 folded to INT_MIN
;; expect: proved
;; source
define i32 @f() {
  %r = fptosi float 0xC1E0000000000000 to i32
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 -2147483648
}

;; pair: fptosi float of an argument, target special-cases x == -2^31 to 0
;; expect: refuted
;; source
define i32 @f(float %x) {
  %r = fptosi float %x to i32
  ret i32 %r
}
;; target
define i32 @f(float %x) {
  %c = fcmp oeq float %x, 0xC1E0000000000000
  %r = fptosi float %x to i32
  %s = select i1 %c, i32 0, i32 %r
  ret i32 %s
}

;; pair: fptosi double -2^63 to i64 is INT64_MIN, target returns 0
;; expect: refuted
;; source
define i64 @f() {
  %r = fptosi double 0xC3E0000000000000 to i64
  ret i64 %r
}
;; target
define i64 @f() {
  ret i64 0
}

;; pair: fptosi half -32768 to i16 is in range, target returns 0
;; expect: refuted
;; source
define i16 @f() {
  %r = fptosi half 0xHF800 to i16
  ret i16 %r
}
;; target
define i16 @f() {
  ret i16 0
}

;; pair: fptosi float 2^31 is out of range (poison), target returns 7
;; expect: right
;; source
define i32 @f() {
  %r = fptosi float 0x41E0000000000000 to i32
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 7
}

;; pair: fptosi of the largest float below 2^31 folded
;; expect: proved
;; source
define i32 @f() {
  %r = fptosi float 0x41DFFFFFE0000000 to i32
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 2147483520
}

;; pair: fptoui float -0.5 truncates to 0 (in range), target returns 0
;; expect: proved
;; source
define i32 @f() {
  %r = fptoui float -5.000000e-01 to i32
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 0
}

;; pair: fptoui float -0.5 is 0, target returns 1
;; expect: refuted
;; source
define i32 @f() {
  %r = fptoui float -5.000000e-01 to i32
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 1
}

;; pair: fptoui float -1.0 is poison, target returns 5
;; expect: right
;; source
define i32 @f() {
  %r = fptoui float -1.000000e+00 to i32
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 5
}

;; pair: fptoui float 2^32-256 (largest below 2^32) is defined
;; expect: proved
;; source
define i32 @f() {
  %r = fptoui float 0x41EFFFFFE0000000 to i32
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 -256
}

;; pair: fptosi to i8 of 127.9 is 127, of -128.9 is -128 (in range after truncation)
;; expect: proved
;; source
define i8 @f(i1 %c) {
  %x = select i1 %c, float 0x405FF999A0000000, float 0xC0601CCCC0000000
  %r = fptosi float %x to i8
  ret i8 %r
}
;; target
define i8 @f(i1 %c) {
  %r = select i1 %c, i8 127, i8 -128
  ret i8 %r
}

;; pair: sitofp i32 16777217 rounds to even (16777216)
;; expect: proved
;; source
define float @f() {
  %r = sitofp i32 16777217 to float
  ret float %r
}
;; target
define float @f() {
  ret float 0x4170000000000000
}

;; pair: sitofp i32 16777219 rounds to 16777220 (ties to even), target says 16777218
;; expect: refuted
;; source
define float @f() {
  %r = sitofp i32 16777219 to float
  ret float %r
}
;; target
define float @f() {
  ret float 0x4170000020000000
}

;; pair: target adds nneg to uitofp of an arbitrary value
;; expect: refuted
;; source
define float @f(i32 %x) {
  %r = uitofp i32 %x to float
  ret float %r
}
;; target
define float @f(i32 %x) {
  %r = uitofp nneg i32 %x to float
  ret float %r
}

;; pair: uitofp nneg of a non-negative value is sitofp
;; expect: proved
;; source
define float @f(i32 %x) {
  %y = lshr i32 %x, 1
  %r = uitofp nneg i32 %y to float
  ret float %r
}
;; target
define float @f(i32 %x) {
  %y = lshr i32 %x, 1
  %r = sitofp i32 %y to float
  ret float %r
}

;; pair: fpext of a float NaN may keep its payload, target canonicalizes only when the source does not
;; expect: wrong
;; source
define double @f(float %x) {
  %d = fpext float %x to double
  %c = fcmp uno float %x, 0.000000e+00
  %r = select i1 %c, double 0x7FF8000000000000, double %d
  ret double %r
}
;; target
define double @f(float %x) {
  %d = fpext float %x to double
  %c = fcmp uno float %x, 0.000000e+00
  %a = call double @llvm.fabs.f64(double %d)
  %r = select i1 %c, double %a, double %d
  ret double %r
}
declare double @llvm.fabs.f64(double)

;; pair: fpext of a NaN with payload 1 may give the payload moved to the top (x86 does), target says never
;; expect: wrong
;; source
define i1 @f() {
  ret i1 false
}
;; target
define i1 @f() {
  %d = fpext float 0x7FF8000020000000 to double
  %b = bitcast double %d to i64
  %c = icmp eq i64 %b, 9221120237577961472
  ret i1 %c
}

;; pair: fptrunc of a double NaN may keep the top payload bits (x86 does), target says never
;; expect: wrong
;; source
define i1 @f() {
  ret i1 false
}
;; target
define i1 @f() {
  %d = fptrunc double 0x7FF8000020000000 to float
  %b = bitcast float %d to i32
  %c = icmp eq i32 %b, 2143289345
  ret i1 %c
}

;; pair: a float sNaN constant written as double hex keeps its signalling bit pattern 0x7FA00000
;; expect: refuted
;; source
define i32 @f() {
  %b = bitcast float 0x7FF4000000000000 to i32
  ret i32 %b
}
;; target
define i32 @f() {
  ret i32 2145386496
}

;; pair: a float sNaN constant written as double hex is 0x7FA00000
;; expect: proved
;; source
define i32 @f() {
  %b = bitcast float 0x7FF4000000000000 to i32
  ret i32 %b
}
;; target
define i32 @f() {
  ret i32 2141192192
}

;; pair: a half NaN constant written as double hex keeps its payload 0x7E01
;; expect: refuted
;; source
define i16 @f() {
  %b = bitcast half 0x7FF8040000000000 to i16
  ret i16 %b
}
;; target
define i16 @f() {
  ret i16 32256
}

;; pair: a half NaN constant with payload is 0x7E01
;; expect: proved
;; source
define i16 @f() {
  %b = bitcast half 0x7FF8040000000000 to i16
  ret i16 %b
}
;; target
define i16 @f() {
  ret i16 32257
}

;; pair: a negative half NaN constant is 0xFE01
;; expect: refuted
;; source
define i16 @f() {
  %b = bitcast half 0xFFF8040000000000 to i16
  ret i16 %b
}
;; target
define i16 @f() {
  ret i16 -512
}

;; pair: fptrunc double to float is not exact (0.1), target drops fpext of the fptrunc
;; expect: wrong
;; source
define double @f(double %x) {
  %t = fptrunc double %x to float
  %d = fpext float %t to double
  ret double %d
}
;; target
define double @f(double %x) {
  ret double %x
}

;; pair: fpext of a noundef float NaN may keep its payload, target canonicalizes only where the source does not
;; expect: wrong
;; source
define double @f(float noundef %x) {
  %d = fpext float %x to double
  %c = fcmp uno float %x, 0.000000e+00
  %r = select i1 %c, double 0x7FF8000000000000, double %d
  ret double %r
}
;; target
define double @f(float noundef %x) {
  %d = fpext float %x to double
  %c = fcmp uno float %x, 0.000000e+00
  %a = call double @llvm.fabs.f64(double %d)
  %r = select i1 %c, double %a, double %d
  ret double %r
}
declare double @llvm.fabs.f64(double)
