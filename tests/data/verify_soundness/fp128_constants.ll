; fp128 hexadecimal constants (LangRef "Simple Constants"): 0xL is followed by 32 hex digits, the low 64 bits of the
; value first, then the high 64 bits (1.0 is 0xL00000000000000003FFF000000000000). Reading them as one number swaps
; the halves and turns 1.0 into a tiny denormal and back.

;; pair: bitcast of fp128 1.0, target returns its bit pattern
;; expect: proved
;; source
define i128 @f() {
  %b = bitcast fp128 0xL00000000000000003FFF000000000000 to i128
  ret i128 %b
}
;; target
define i128 @f() {
  ret i128 85065399433376081038215121361612832768
}

;; pair: bitcast of fp128 1.0, target returns the halves swapped
;; expect: refuted
;; source
define i128 @f() {
  %b = bitcast fp128 0xL00000000000000003FFF000000000000 to i128
  ret i128 %b
}
;; target
define i128 @f() {
  ret i128 4611404543450677248
}

;; pair: multiplying by a denormal written with the 1.0 digits in the high half is not the identity
;; expect: wrong
;; source
define fp128 @f(fp128 %x) {
  %r = fmul fp128 %x, 0xL3FFF0000000000000000000000000000
  ret fp128 %r
}
;; target
define fp128 @f(fp128 %x) {
  ret fp128 %x
}

;; pair: comparing with fp128 1.0, target compares the bit pattern of 1.0
;; expect: right
;; source
define i1 @f(fp128 %x) {
  %c = fcmp oeq fp128 %x, 0xL00000000000000003FFF000000000000
  ret i1 %c
}
;; target
define i1 @f(fp128 %x) {
  %b = bitcast fp128 %x to i128
  %c = icmp eq i128 %b, 85065399433376081038215121361612832768
  ret i1 %c
}
