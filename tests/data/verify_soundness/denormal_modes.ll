; "denormal-fp-math" / "denormal-fp-math-f32" other than ieee (LangRef: preserve-sign, positive-zero, dynamic): an FP
; operation may flush a denormal to zero, or not, per operation; the model does not make that choice, so such
; functions are inconclusive, never proved.

;; pair: under preserve-sign denormal outputs may be flushed, so x * 1.0 is not x
;; expect: wrong
;; source
define float @f(float noundef nofpclass(nan) %x) #0 {
  ret float %x
}
attributes #0 = { "denormal-fp-math"="preserve-sign,preserve-sign" }
;; target
define float @f(float noundef nofpclass(nan) %x) #0 {
  %r = fmul float %x, 1.0
  ret float %r
}
attributes #0 = { "denormal-fp-math"="preserve-sign,preserve-sign" }

;; pair: f32 denormal mode too
;; expect: wrong
;; source
define float @f(float noundef nofpclass(nan) %x) #0 {
  ret float %x
}
attributes #0 = { "denormal-fp-math-f32"="positive-zero,positive-zero" }
;; target
define float @f(float noundef nofpclass(nan) %x) #0 {
  %r = fmul float %x, 1.0
  ret float %r
}
attributes #0 = { "denormal-fp-math-f32"="positive-zero,positive-zero" }

;; pair: ieee mode keeps x * 1.0 = x for non-NaN
;; expect: right
;; source
define float @f(float noundef nofpclass(nan) %x) #0 {
  ret float %x
}
attributes #0 = { "denormal-fp-math"="ieee,ieee" }
;; target
define float @f(float noundef nofpclass(nan) %x) #0 {
  %r = fmul float %x, 1.0
  ret float %r
}
attributes #0 = { "denormal-fp-math"="ieee,ieee" }

;; pair: dynamic denormal mode: the same op on both sides
;; expect: right
;; source
define float @f(float noundef %x, float noundef %y) #0 {
  %r = fadd float %x, %y
  ret float %r
}
attributes #0 = { "denormal-fp-math"="dynamic,dynamic" }
;; target
define float @f(float noundef %x, float noundef %y) #0 {
  %r = fadd float %y, %x
  ret float %r
}
attributes #0 = { "denormal-fp-math"="dynamic,dynamic" }
