; NaN results (LangRef "Floating-Point Semantics", "Behavior of Floating-Point NaN values"): the sign and payload of a
; NaN an operation produces are a nondeterministic choice made each time it executes. Storing one fadd result and
; returning it gives the same bits twice; recomputing the fadd for the return may give another NaN.

;; pair: a stored fadd recomputed for the return
;; expect: refuted
;; source
define float @f(float %x, float %y, ptr %p) {
  %a = fadd float %x, %y
  store float %a, ptr %p, align 4
  ret float %a
}
;; target
define float @f(float %x, float %y, ptr %p) {
  %a = fadd float %x, %y
  store float %a, ptr %p, align 4
  %b = fadd float %x, %y
  ret float %b
}

;; pair: a stored fadd reloaded for the return
;; expect: proved
;; source
define float @f(float noundef %x, float noundef %y, ptr %p) {
  %a = fadd float %x, %y
  store float %a, ptr %p, align 4
  ret float %a
}
;; target
define float @f(float noundef %x, float noundef %y, ptr %p) {
  %a = fadd float %x, %y
  store float %a, ptr %p, align 4
  %b = load float, ptr %p, align 4
  ret float %b
}

;; pair: two fadds of the same operands merged into one
;; expect: proved
;; source
define float @f(float noundef %x, float noundef %y, ptr %p) {
  %a = fadd float %x, %y
  %b = fadd float %x, %y
  store float %a, ptr %p, align 4
  ret float %b
}
;; target
define float @f(float noundef %x, float noundef %y, ptr %p) {
  %a = fadd float %x, %y
  store float %a, ptr %p, align 4
  ret float %a
}

;; pair: three fmuls of the same operands merged into one, stored twice and returned
;; expect: proved
;; source
define float @f(float noundef %x, float noundef %y, ptr %p, ptr %q) {
  %a = fmul float %x, %y
  %b = fmul float %x, %y
  %c = fmul float %x, %y
  store float %a, ptr %p, align 4
  store float %b, ptr %q, align 4
  ret float %c
}
;; target
define float @f(float noundef %x, float noundef %y, ptr %p, ptr %q) {
  %a = fmul float %x, %y
  store float %a, ptr %p, align 4
  store float %a, ptr %q, align 4
  ret float %a
}

;; pair: two fadds of different operands merged into one
;; expect: refuted
;; source
define float @f(float noundef %x, float noundef %y, float noundef %z, ptr %p) {
  %a = fadd float %x, %y
  %b = fadd float %x, %z
  store float %a, ptr %p, align 4
  ret float %b
}
;; target
define float @f(float noundef %x, float noundef %y, float noundef %z, ptr %p) {
  %a = fadd float %x, %y
  store float %a, ptr %p, align 4
  ret float %a
}
