; Value attributes on parameters, returns and call sites (LangRef "Parameter Attributes": range, nofpclass) and
; llvm.is.fpclass: a value outside the range, or in an excluded floating-point class, is poison; each side applies its
; own attributes; a target that adds one to its return must not return a value the source may return.

;; pair: is.fpclass nan folded to fcmp uno
;; expect: proved
;; source
declare i1 @llvm.is.fpclass.f32(float, i32)
define i1 @f(float %x) {
  %c = call i1 @llvm.is.fpclass.f32(float %x, i32 3)
  ret i1 %c
}
;; target
define i1 @f(float %x) {
  %c = fcmp uno float %x, 0.0
  ret i1 %c
}

;; pair: is.fpclass snan folded to fcmp uno
;; expect: wrong
;; source
declare i1 @llvm.is.fpclass.f32(float, i32)
define i1 @f(float %x) {
  %c = call i1 @llvm.is.fpclass.f32(float %x, i32 1)
  ret i1 %c
}
;; target
define i1 @f(float %x) {
  %c = fcmp uno float %x, 0.0
  ret i1 %c
}

;; pair: is.fpclass zero vs fcmp oeq 0
;; expect: proved
;; source
declare <2 x i1> @llvm.is.fpclass.v2f64(<2 x double>, i32)
define <2 x i1> @f(<2 x double> %x) {
  %c = call <2 x i1> @llvm.is.fpclass.v2f64(<2 x double> %x, i32 96)
  ret <2 x i1> %c
}
;; target
define <2 x i1> @f(<2 x double> %x) {
  %c = fcmp oeq <2 x double> %x, zeroinitializer
  ret <2 x i1> %c
}

;; pair: is.fpclass pzero vs fcmp oeq 0
;; expect: wrong
;; source
declare i1 @llvm.is.fpclass.f64(double, i32)
define i1 @f(double %x) {
  %c = call i1 @llvm.is.fpclass.f64(double %x, i32 64)
  ret i1 %c
}
;; target
define i1 @f(double %x) {
  %c = fcmp oeq double %x, 0.0
  ret i1 %c
}

;; pair: nofpclass nan param lets fcmp ord fold
;; expect: proved
;; source
define i1 @f(float nofpclass(nan) %x) {
  %c = fcmp ord float %x, 0.0
  ret i1 %c
}
;; target
define i1 @f(float nofpclass(nan) %x) {
  ret i1 true
}

;; pair: nofpclass inf param does not let fcmp ord fold
;; expect: wrong
;; source
define i1 @f(float nofpclass(inf) %x) {
  %c = fcmp ord float %x, 0.0
  ret i1 %c
}
;; target
define i1 @f(float nofpclass(inf) %x) {
  ret i1 true
}

;; pair: nofpclass nan return added, source may return nan
;; expect: refuted
;; source
define float @f(float %x) {
  ret float %x
}
;; target
define nofpclass(nan) float @f(float %x) {
  ret float %x
}

;; pair: nofpclass nan return added where source returns fabs of non-nan
;; expect: proved
;; source
declare float @llvm.fabs.f32(float)
define float @f(float nofpclass(nan) %x) {
  %a = call float @llvm.fabs.f32(float %x)
  ret float %a
}
;; target
declare float @llvm.fabs.f32(float)
define nofpclass(nan ninf) float @f(float nofpclass(nan) %x) {
  %a = call float @llvm.fabs.f32(float %x)
  ret float %a
}

;; pair: vector range param lanes
;; expect: proved
;; source
define <2 x i1> @f(<2 x i8> range(i8 0, 4) %x) {
  %c = icmp ult <2 x i8> %x, <i8 4, i8 4>
  ret <2 x i1> %c
}
;; target
define <2 x i1> @f(<2 x i8> range(i8 0, 4) %x) {
  ret <2 x i1> <i1 true, i1 true>
}

;; pair: call argument range passes poison
;; expect: proved
;; source
declare void @g(i8)
define void @f(i8 %x) {
  call void @g(i8 range(i8 0, 4) %x)
  ret void
}
;; target
declare void @g(i8)
define void @f(i8 %x) {
  %y = and i8 %x, 3
  call void @g(i8 range(i8 0, 4) %y)
  ret void
}

;; pair: range return attribute added by target
;; expect: wrong
;; source
define i32 @f(i32 %x) {
  ret i32 %x
}
;; target
define range(i32 0, 10) i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: range param attribute used by target
;; expect: proved
;; source
define i1 @f(i32 range(i32 0, 10) %x) {
  %c = icmp ult i32 %x, 10
  ret i1 %c
}
;; target
define i1 @f(i32 range(i32 0, 10) %x) {
  ret i1 true
}

;; pair: range param attribute added by target used
;; expect: wrong
;; source
define i1 @f(i32 %x) {
  %c = icmp ult i32 %x, 10
  ret i1 %c
}
;; target
define i1 @f(i32 range(i32 0, 10) %x) {
  ret i1 true
}

;; pair: nofpclass nan return added
;; expect: wrong
;; source
define float @f(float %x) {
  ret float %x
}
;; target
define nofpclass(nan) float @f(float %x) {
  ret float %x
}

;; pair: call site range on result used
;; expect: proved
;; source
declare i32 @g()
define i1 @f() {
  %x = call range(i32 0, 5) i32 @g()
  %c = icmp ult i32 %x, 5
  ret i1 %c
}
;; target
declare i32 @g()
define i1 @f() {
  %x = call range(i32 0, 5) i32 @g()
  ret i1 true
}

;; pair: call site range added by target
;; expect: wrong
;; source
declare i32 @g()
define i1 @f() {
  %x = call i32 @g()
  %c = icmp ult i32 %x, 5
  ret i1 %c
}
;; target
declare i32 @g()
define i1 @f() {
  %x = call range(i32 0, 5) i32 @g()
  %c = icmp ult i32 %x, 5
  ret i1 %c
}
