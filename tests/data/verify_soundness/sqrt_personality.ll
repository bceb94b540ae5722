; llvm.sqrt (IEEE-754, rounded to nearest; symbolic operands usually time out, constants fold) and function
; personalities (kept as a function attribute: used only by invoke/landingpad, which stay unsupported).

;; pair: sqrt of a negative number is NaN, not zero
;; expect: refuted
;; source
declare float @llvm.sqrt.f32(float)
define float @f() {
  %r = call float @llvm.sqrt.f32(float -4.0)
  ret float %r
}
;; target
define float @f() {
  ret float 0.0
}
;; pair: sqrt of -0.0 is -0.0
;; expect: proved
;; source
declare double @llvm.sqrt.f64(double)
define double @f() {
  %r = call double @llvm.sqrt.f64(double -0.0)
  ret double %r
}
;; target
define double @f() {
  ret double -0.0
}
;; pair: sqrt of -0.0 is not +0.0
;; expect: refuted
;; source
declare double @llvm.sqrt.f64(double)
define double @f() {
  %r = call double @llvm.sqrt.f64(double -0.0)
  ret double %r
}
;; target
define double @f() {
  ret double 0.0
}
;; pair: sqrt of 2.0 folded to its correctly rounded value
;; expect: proved
;; source
declare double @llvm.sqrt.f64(double)
define double @f() {
  %r = call double @llvm.sqrt.f64(double 2.0)
  ret double %r
}
;; target
define double @f() {
  ret double 0x3FF6A09E667F3BCD
}
;; pair: sqrt of 2.0 folded one ulp off
;; expect: refuted
;; source
declare double @llvm.sqrt.f64(double)
define double @f() {
  %r = call double @llvm.sqrt.f64(double 2.0)
  ret double %r
}
;; target
define double @f() {
  ret double 0x3FF6A09E667F3BCC
}
;; pair: nnan sqrt of a negative is poison: anything refines it
;; expect: proved
;; source
declare float @llvm.sqrt.f32(float)
define float @f(float %x) {
  %n = fneg float %x
  %a = call float @llvm.fabs.f32(float %x)
  %m = fneg float %a
  %c = fcmp olt float %m, 0.0
  %r = call nnan float @llvm.sqrt.f32(float -1.0)
  ret float %r
}
declare float @llvm.fabs.f32(float)
;; target
define float @f(float %x) {
  ret float 1.0
}
;; pair: sqrt in the target with an afn flag the source lacks
;; expect: right
;; source
declare float @llvm.sqrt.f32(float)
define float @f(float %x) {
  %r = call float @llvm.sqrt.f32(float %x)
  ret float %r
}
;; target
declare float @llvm.sqrt.f32(float)
define float @f(float %x) {
  %r = call afn float @llvm.sqrt.f32(float %x)
  ret float %r
}
;; pair: a function with a personality and no landing pads, simplified
;; expect: proved
;; source
declare i32 @__gxx_personality_v0(...)
declare void @g(i32)
define void @f(i32 %x) personality ptr @__gxx_personality_v0 {
  %a = add i32 %x, 0
  call void @g(i32 %a)
  ret void
}
;; target
declare i32 @__gxx_personality_v0(...)
declare void @g(i32)
define void @f(i32 %x) personality ptr @__gxx_personality_v0 {
  call void @g(i32 %x)
  ret void
}
;; pair: a personality with a wrong change
;; expect: refuted
;; source
declare i32 @__gxx_personality_v0(...)
declare void @g(i32)
define void @f(i32 %x) personality ptr @__gxx_personality_v0 {
  call void @g(i32 %x)
  ret void
}
;; target
declare i32 @__gxx_personality_v0(...)
declare void @g(i32)
define void @f(i32 %x) personality ptr @__gxx_personality_v0 {
  %a = add i32 %x, 1
  call void @g(i32 %a)
  ret void
}
;; pair: the target adds a personality
;; expect: right
;; source
declare i32 @__gxx_personality_v0(...)
declare void @g(i32)
define void @f(i32 %x) {
  call void @g(i32 %x)
  ret void
}
;; target
declare i32 @__gxx_personality_v0(...)
declare void @g(i32)
define void @f(i32 %x) personality ptr @__gxx_personality_v0 {
  call void @g(i32 %x)
  ret void
}
;; pair: an invoke stays unsupported
;; expect: right
;; source
declare i32 @__gxx_personality_v0(...)
declare void @g(i32)
define void @f(i32 %x) personality ptr @__gxx_personality_v0 {
  invoke void @g(i32 %x) to label %ok unwind label %lp
ok:
  ret void
lp:
  %l = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %l
}
;; target
declare i32 @__gxx_personality_v0(...)
declare void @g(i32)
define void @f(i32 %x) personality ptr @__gxx_personality_v0 {
  invoke void @g(i32 %x) to label %ok unwind label %lp
ok:
  ret void
lp:
  %l = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %l
}
