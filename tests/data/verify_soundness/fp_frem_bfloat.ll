; frem is C's fmod (LangRef: "the same sign as the dividend", the remainder of division truncated toward zero), not
; IEEE's remainder (division rounded to nearest); bfloat is IEEE-style binary16 with 8 exponent and 7 fraction bits.

;; pair: frem of constants truncates the quotient (7.5 rem 2 = 1.5)
;; expect: proved
;; source
define double @f() {
  %r = frem double 7.5, 2.0
  ret double %r
}
;; target
define double @f() {
  ret double 1.5
}

;; pair: frem is not the IEEE remainder (7.5 rem 2 is not -0.5)
;; expect: refuted
;; source
define double @f() {
  %r = frem double 7.5, 2.0
  ret double %r
}
;; target
define double @f() {
  ret double -0.5
}

;; pair: frem's sign follows the dividend (-7.5 rem 2 = -1.5)
;; expect: proved
;; source
define double @f() {
  %r = frem double -7.5, 2.0
  ret double %r
}
;; target
define double @f() {
  ret double -1.5
}

;; pair: frem's sign does not follow the divisor (7.5 rem -2 is not -1.5)
;; expect: refuted
;; source
define double @f() {
  %r = frem double 7.5, -2.0
  ret double %r
}
;; target
define double @f() {
  ret double -1.5
}

;; pair: frem 3 rem 2 is 1 (the IEEE remainder would be -1)
;; expect: proved
;; source
define float @f() {
  %r = frem float 3.0, 2.0
  ret float %r
}
;; target
define float @f() {
  ret float 1.0
}

;; pair: frem of a zero dividend keeps its sign (-0 rem 3 = -0)
;; expect: refuted
;; source
define float @f() {
  %r = frem float -0.0, 3.0
  ret float %r
}
;; target
define float @f() {
  ret float 0.0
}

;; pair: frem by zero is NaN
;; expect: refuted
;; source
define float @f() {
  %r = frem float 1.0, 0.0
  ret float %r
}
;; target
define float @f() {
  ret float 0.0
}

;; pair: frem x, inf is x for finite x
;; expect: proved
;; source
define float @f(float noundef nofpclass(nan inf) %x) {
  %r = frem float %x, 0x7FF0000000000000
  ret float %r
}
;; target
define float @f(float noundef nofpclass(nan inf) %x) {
  ret float %x
}

;; pair: frem x, x is not x * 0.0 (x = 0 gives NaN)
;; expect: wrong
;; source
define float @f(float noundef %x) {
  %r = frem float %x, %x
  ret float %r
}
;; target
define float @f(float noundef %x) {
  %r = fmul float %x, 0.0
  ret float %r
}

;; pair: frem by -2.0 equals frem by 2.0 (the divisor's sign does not matter)
;; expect: right
;; source
define float @f(float noundef %x) {
  %r = frem float %x, -2.0
  ret float %r
}
;; target
define float @f(float noundef %x) {
  %r = frem float %x, 2.0
  ret float %r
}

;; pair: frem of a finite half by 3.0 is below 3
;; expect: right
;; source
define i1 @f(half noundef nofpclass(nan inf) %x) {
  %r = frem half %x, 0xH4200
  %c = fcmp olt half %r, 0xH4200
  ret i1 %c
}
;; target
define i1 @f(half noundef nofpclass(nan inf) %x) {
  ret i1 true
}

;; pair: bfloat fpext of 1.0 is 1.0
;; expect: proved
;; source
define float @f() {
  %r = fpext bfloat 0xR3F80 to float
  ret float %r
}
;; target
define float @f() {
  ret float 1.0
}

;; pair: bfloat fpext of 1.0 is not 2.0
;; expect: refuted
;; source
define float @f() {
  %r = fpext bfloat 0xR3F80 to float
  ret float %r
}
;; target
define float @f() {
  ret float 2.0
}

;; pair: bfloat 1 + 1 = 2
;; expect: proved
;; source
define bfloat @f() {
  %r = fadd bfloat 0xR3F80, 0xR3F80
  ret bfloat %r
}
;; target
define bfloat @f() {
  ret bfloat 0xR4000
}

;; pair: bfloat keeps 8 significant bits: 1 + 2^-8 rounds to 1 (ties to even)
;; expect: proved
;; source
define bfloat @f() {
  %r = fadd bfloat 0xR3F80, 0xR3B80
  ret bfloat %r
}
;; target
define bfloat @f() {
  ret bfloat 0xR3F80
}

;; pair: bfloat 1 + 2^-8 is not 1 + 2^-7
;; expect: refuted
;; source
define bfloat @f() {
  %r = fadd bfloat 0xR3F80, 0xR3B80
  ret bfloat %r
}
;; target
define bfloat @f() {
  ret bfloat 0xR3F81
}

;; pair: fptrunc float to bfloat rounds to nearest even, not toward zero
;; expect: refuted
;; source
define bfloat @f() {
  %r = fptrunc float 0x3FF0180000000000 to bfloat
  ret bfloat %r
}
;; target
define bfloat @f() {
  ret bfloat 0xR3F80
}

;; pair: fptrunc float to bfloat then fpext is not the identity
;; expect: wrong
;; source
define float @f(float noundef %x) {
  %t = fptrunc float %x to bfloat
  %e = fpext bfloat %t to float
  ret float %e
}
;; target
define float @f(float noundef %x) {
  ret float %x
}

;; pair: fpext bfloat to float then fptrunc back is the identity (up to NaN quieting)
;; expect: right
;; source
define bfloat @f(bfloat noundef nofpclass(nan) %x) {
  %e = fpext bfloat %x to float
  %t = fptrunc float %e to bfloat
  ret bfloat %t
}
;; target
define bfloat @f(bfloat noundef nofpclass(nan) %x) {
  ret bfloat %x
}
