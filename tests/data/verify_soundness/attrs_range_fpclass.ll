; range(...) and nofpclass(...) attributes on parameters, returns, call sites; !range metadata; llvm.is.fpclass.

;; pair: target adds range to a return that may be out of it
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  ret i32 %x
}
;; target
define range(i32 0, 10) i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: target adds range to a return that is always inside it
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %a = and i32 %x, 7
  ret i32 %a
}
;; target
define range(i32 0, 8) i32 @f(i32 %x) {
  %a = and i32 %x, 7
  ret i32 %a
}

;; pair: target adds a range one too narrow (and x, 7 can be 7)
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  %a = and i32 %x, 7
  ret i32 %a
}
;; target
define range(i32 0, 7) i32 @f(i32 %x) {
  %a = and i32 %x, 7
  ret i32 %a
}

;; pair: a range parameter: the compare with the upper bound folds
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

;; pair: a wrapping range parameter (-2..1): signed compare folds
;; expect: proved
;; source
define i1 @f(i8 range(i8 -2, 2) %x) {
  %c = icmp slt i8 %x, 2
  ret i1 %c
}
;; target
define i1 @f(i8 range(i8 -2, 2) %x) {
  ret i1 true
}

;; pair: a wrapping range parameter (-2..1): unsigned compare does not fold
;; expect: refuted
;; source
define i1 @f(i8 range(i8 -2, 2) %x) {
  %c = icmp ult i8 %x, 2
  ret i1 %c
}
;; target
define i1 @f(i8 range(i8 -2, 2) %x) {
  ret i1 true
}

;; pair: a range parameter one narrower than assumed ([0,10) does not contain 10... but contains 9)
;; expect: refuted
;; source
define i1 @f(i32 range(i32 0, 10) %x) {
  %c = icmp ult i32 %x, 9
  ret i1 %c
}
;; target
define i1 @f(i32 range(i32 0, 10) %x) {
  ret i1 true
}

;; pair: target drops a parameter range
;; expect: proved
;; source
define i32 @f(i32 range(i32 0, 10) %x) {
  ret i32 %x
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: target adds a range to a parameter
;; expect: wrong
;; source
define i32 @f(i32 %x) {
  ret i32 %x
}
;; target
define i32 @f(i32 range(i32 0, 10) %x) {
  ret i32 %x
}

;; pair: a source return violating its range is poison, target clamps it
;; expect: proved
;; source
define range(i32 0, 10) i32 @f(i32 %x) {
  ret i32 %x
}
;; target
define range(i32 0, 10) i32 @f(i32 %x) {
  %c = icmp ult i32 %x, 10
  %r = select i1 %c, i32 %x, i32 0
  ret i32 %r
}

;; pair: a noundef range return violated is UB in the source, target returns 0
;; expect: proved
;; source
define noundef range(i32 0, 10) i32 @f(i32 noundef %x) {
  ret i32 %x
}
;; target
define noundef range(i32 0, 10) i32 @f(i32 noundef %x) {
  %c = icmp ult i32 %x, 10
  %r = select i1 %c, i32 %x, i32 0
  ret i32 %r
}

;; pair: a call with a range on its result: the compare folds
;; expect: proved
;; source
declare i32 @g()
define i1 @f() {
  %v = call range(i32 0, 100) i32 @g()
  %c = icmp ult i32 %v, 100
  ret i1 %c
}
;; target
declare i32 @g()
define i1 @f() {
  %v = call range(i32 0, 100) i32 @g()
  ret i1 true
}

;; pair: target adds a range to a call's result and folds a compare with it
;; expect: refuted
;; source
declare i32 @g()
define i1 @f() {
  %v = call i32 @g()
  %c = icmp ult i32 %v, 100
  ret i1 %c
}
;; target
declare i32 @g()
define i1 @f() {
  %v = call range(i32 0, 100) i32 @g()
  %c = icmp ult i32 %v, 100
  ret i1 %c
}

;; pair: target adds a range to a call's result that is returned
;; expect: refuted
;; source
declare i32 @g()
define i32 @f() {
  %v = call i32 @g()
  ret i32 %v
}
;; target
declare i32 @g()
define i32 @f() {
  %v = call range(i32 0, 100) i32 @g()
  ret i32 %v
}

;; pair: a callee declared with a return range: the compare folds
;; expect: proved
;; source
declare range(i32 0, 100) i32 @g()
define i1 @f() {
  %v = call i32 @g()
  %c = icmp ult i32 %v, 100
  ret i1 %c
}
;; target
declare range(i32 0, 100) i32 @g()
define i1 @f() {
  %v = call i32 @g()
  ret i1 true
}

;; pair: target passes an argument with a range it may violate (the callee sees poison)
;; expect: refuted
;; source
declare void @h(i32)
define void @f(i32 %x) {
  call void @h(i32 %x)
  ret void
}
;; target
declare void @h(i32)
define void @f(i32 %x) {
  call void @h(i32 range(i32 0, 10) %x)
  ret void
}

;; pair: target passes a noundef argument with a range it may violate (UB)
;; expect: refuted
;; source
declare void @h(i32 noundef)
define void @f(i32 noundef %x) {
  call void @h(i32 noundef %x)
  ret void
}
;; target
declare void @h(i32 noundef)
define void @f(i32 noundef %x) {
  call void @h(i32 noundef range(i32 0, 10) %x)
  ret void
}

;; pair: !range on a load: the compare folds
;; expect: right
;; source
define i1 @f(ptr %p) {
  %v = load i8, ptr %p, align 1, !range !0
  %c = icmp ult i8 %v, 2
  ret i1 %c
}
!0 = !{i8 0, i8 2}
;; target
define i1 @f(ptr %p) {
  %v = load i8, ptr %p, align 1, !range !0
  ret i1 true
}
!0 = !{i8 0, i8 2}

;; pair: !range with two intervals: [0,2) and [5,7): 3 is not possible, 5 is
;; expect: wrong
;; source
define i1 @f(ptr %p) {
  %v = load i8, ptr %p, align 1, !range !0
  %c = icmp ult i8 %v, 2
  ret i1 %c
}
!0 = !{i8 0, i8 2, i8 5, i8 7}
;; target
define i1 @f(ptr %p) {
  %v = load i8, ptr %p, align 1, !range !0
  ret i1 true
}
!0 = !{i8 0, i8 2, i8 5, i8 7}

;; pair: !range on a call's result
;; expect: right
;; source
declare i32 @g()
define i1 @f() {
  %v = call i32 @g(), !range !0
  %c = icmp slt i32 %v, 4
  ret i1 %c
}
!0 = !{i32 0, i32 4}
;; target
declare i32 @g()
define i1 @f() {
  %v = call i32 @g(), !range !0
  ret i1 true
}
!0 = !{i32 0, i32 4}

;; pair: target adds !range to a load that may be out of it
;; expect: wrong
;; source
define i8 @f(ptr %p) {
  %v = load i8, ptr %p, align 1
  ret i8 %v
}
;; target
define i8 @f(ptr %p) {
  %v = load i8, ptr %p, align 1, !range !0
  ret i8 %v
}
!0 = !{i8 0, i8 2}

;; pair: a nofpclass(nan) parameter: fcmp ord x, x folds to true
;; expect: proved
;; source
define i1 @f(float nofpclass(nan) %x) {
  %c = fcmp ord float %x, %x
  ret i1 %c
}
;; target
define i1 @f(float nofpclass(nan) %x) {
  ret i1 true
}

;; pair: a nofpclass(snan) parameter may still be a quiet NaN
;; expect: refuted
;; source
define i1 @f(float nofpclass(snan) %x) {
  %c = fcmp ord float %x, %x
  ret i1 %c
}
;; target
define i1 @f(float nofpclass(snan) %x) {
  ret i1 true
}

;; pair: a nofpclass(nzero) parameter compared with 0.0 is a bit test for +0.0
;; expect: proved
;; source
define i1 @f(float nofpclass(nzero) %x) {
  %c = fcmp oeq float %x, 0.000000e+00
  ret i1 %c
}
;; target
define i1 @f(float nofpclass(nzero) %x) {
  %b = bitcast float %x to i32
  %c = icmp eq i32 %b, 0
  ret i1 %c
}

;; pair: a nofpclass(pzero) parameter compared with 0.0 is not a bit test for +0.0
;; expect: refuted
;; source
define i1 @f(float nofpclass(pzero) %x) {
  %c = fcmp oeq float %x, 0.000000e+00
  ret i1 %c
}
;; target
define i1 @f(float nofpclass(pzero) %x) {
  %b = bitcast float %x to i32
  %c = icmp eq i32 %b, 0
  ret i1 %c
}

;; pair: target adds nofpclass(nan) to a return that may be NaN
;; expect: refuted
;; source
define float @f(float %x, float %y) {
  %a = fadd float %x, %y
  ret float %a
}
;; target
define nofpclass(nan) float @f(float %x, float %y) {
  %a = fadd float %x, %y
  ret float %a
}

;; pair: target adds nofpclass(nan) to a return of an nnan fadd
;; expect: right
;; source
define float @f(float %x, float %y) {
  %a = fadd nnan float %x, %y
  ret float %a
}
;; target
define nofpclass(nan) float @f(float %x, float %y) {
  %a = fadd nnan float %x, %y
  ret float %a
}

;; pair: target adds nofpclass(inf) to a return of an fadd of finite-by-nofpclass operands (may overflow)
;; expect: refuted
;; source
define float @f(float nofpclass(inf nan) %x) {
  %a = fadd float %x, %x
  ret float %a
}
;; target
define nofpclass(inf) float @f(float nofpclass(inf nan) %x) {
  %a = fadd float %x, %x
  ret float %a
}

;; pair: target adds nofpclass(psub) to the return of fabs (positive subnormal results possible)
;; expect: refuted
;; source
define float @f(float %x) {
  %a = call float @llvm.fabs.f32(float %x)
  ret float %a
}
declare float @llvm.fabs.f32(float)
;; target
define nofpclass(psub) float @f(float %x) {
  %a = call float @llvm.fabs.f32(float %x)
  ret float %a
}
declare float @llvm.fabs.f32(float)

;; pair: target adds nofpclass(ninf nnorm nsub nzero) to the return of fabs (never negative)
;; expect: proved
;; source
define float @f(float %x) {
  %a = call float @llvm.fabs.f32(float %x)
  ret float %a
}
declare float @llvm.fabs.f32(float)
;; target
define nofpclass(ninf nnorm nsub nzero) float @f(float %x) {
  %a = call float @llvm.fabs.f32(float %x)
  ret float %a
}
declare float @llvm.fabs.f32(float)

;; pair: target adds nofpclass(ninf nnorm nsub nzero) to the return of fabs: a negative NaN is impossible too... but nan not excluded
;; expect: proved
;; source
define double @f(double %x) {
  %a = call double @llvm.fabs.f64(double %x)
  ret double %a
}
declare double @llvm.fabs.f64(double)
;; target
define nofpclass(ninf nnorm nsub nzero) double @f(double %x) {
  %a = call double @llvm.fabs.f64(double %x)
  ret double %a
}
declare double @llvm.fabs.f64(double)

;; pair: is.fpclass nan is fcmp uno
;; expect: proved
;; source
define i1 @f(float %x) {
  %c = call i1 @llvm.is.fpclass.f32(float %x, i32 3)
  ret i1 %c
}
declare i1 @llvm.is.fpclass.f32(float, i32)
;; target
define i1 @f(float %x) {
  %c = fcmp uno float %x, 0.000000e+00
  ret i1 %c
}

;; pair: is.fpclass zero (both signs) is fcmp oeq 0.0
;; expect: proved
;; source
define i1 @f(float %x) {
  %c = call i1 @llvm.is.fpclass.f32(float %x, i32 96)
  ret i1 %c
}
declare i1 @llvm.is.fpclass.f32(float, i32)
;; target
define i1 @f(float %x) {
  %c = fcmp oeq float %x, 0.000000e+00
  ret i1 %c
}

;; pair: is.fpclass nzero only is not fcmp oeq 0.0
;; expect: refuted
;; source
define i1 @f(float %x) {
  %c = call i1 @llvm.is.fpclass.f32(float %x, i32 32)
  ret i1 %c
}
declare i1 @llvm.is.fpclass.f32(float, i32)
;; target
define i1 @f(float %x) {
  %c = fcmp oeq float %x, 0.000000e+00
  ret i1 %c
}

;; pair: is.fpclass snan of a computed NaN: fadd may return the signalling input unchanged
;; expect: right
;; source
define i1 @f() {
  %x = bitcast i32 2141192192 to float
  %a = fadd float %x, 1.000000e+00
  %c = call i1 @llvm.is.fpclass.f32(float %a, i32 1)
  ret i1 %c
}
declare i1 @llvm.is.fpclass.f32(float, i32)
;; target
define i1 @f() {
  ret i1 true
}

;; pair: is.fpclass of inf|norm (finite nonzero positive or inf) vs fcmp ogt 0
;; expect: refuted
;; source
define i1 @f(double %x) {
  %c = call i1 @llvm.is.fpclass.f64(double %x, i32 768)
  ret i1 %c
}
declare i1 @llvm.is.fpclass.f64(double, i32)
;; target
define i1 @f(double %x) {
  %c = fcmp ogt double %x, 0.000000e+00
  ret i1 %c
}

;; pair: is.fpclass psub|pnorm|pinf is fcmp ogt 0
;; expect: proved
;; source
define i1 @f(double %x) {
  %c = call i1 @llvm.is.fpclass.f64(double %x, i32 896)
  ret i1 %c
}
declare i1 @llvm.is.fpclass.f64(double, i32)
;; target
define i1 @f(double %x) {
  %c = fcmp ogt double %x, 0.000000e+00
  ret i1 %c
}

;; pair: vector nofpclass(nan) return added where one lane may be NaN
;; expect: wrong
;; source
define <2 x float> @f(<2 x float> %x) {
  %a = fadd <2 x float> %x, <float 1.000000e+00, float 1.000000e+00>
  ret <2 x float> %a
}
;; target
define nofpclass(nan) <2 x float> @f(<2 x float> %x) {
  %a = fadd <2 x float> %x, <float 1.000000e+00, float 1.000000e+00>
  ret <2 x float> %a
}

;; pair: vector range parameter folds lane compares
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

;; pair: target declares the callee with a return range and returns the call's result
;; expect: wrong
;; source
declare i32 @g()
define i32 @f() {
  %v = call i32 @g()
  ret i32 %v
}
;; target
declare range(i32 0, 100) i32 @g()
define i32 @f() {
  %v = call i32 @g()
  ret i32 %v
}

;; pair: target declares the callee with a nofpclass(nan) return and folds the NaN test
;; expect: wrong
;; source
declare float @g()
define i1 @f() {
  %v = call float @g()
  %c = fcmp ord float %v, 0.000000e+00
  ret i1 %c
}
;; target
declare nofpclass(nan) float @g()
define i1 @f() {
  %v = call float @g()
  %c = fcmp ord float %v, 0.000000e+00
  ret i1 %c
}

;; pair: a callee declared nofpclass(nan): the NaN test folds
;; expect: proved
;; source
declare nofpclass(nan) float @g()
define i1 @f() {
  %v = call float @g()
  %c = fcmp ord float %v, 0.000000e+00
  ret i1 %c
}
;; target
declare nofpclass(nan) float @g()
define i1 @f() {
  %v = call float @g()
  ret i1 true
}

;; pair: target declares the callee's parameter with a range (a promise about the callee only)
;; expect: right
;; source
declare void @h(i32)
define void @f(i32 %x) {
  call void @h(i32 %x)
  ret void
}
;; target
declare void @h(i32 range(i32 0, 10))
define void @f(i32 %x) {
  call void @h(i32 %x)
  ret void
}

;; pair: target declares the callee's parameter noundef and passes a possibly-poison argument (UB)
;; expect: wrong
;; source
declare void @h(i32)
define void @f(i32 %x) {
  %a = add nsw i32 %x, 1
  call void @h(i32 %a)
  ret void
}
;; target
declare void @h(i32 noundef)
define void @f(i32 %x) {
  %a = add nsw i32 %x, 1
  call void @h(i32 %a)
  ret void
}

;; pair: target declares the callee's return nonnull and returns the call's result
;; expect: wrong
;; source
declare ptr @g()
define ptr @f() {
  %v = call ptr @g()
  ret ptr %v
}
;; target
declare nonnull ptr @g()
define ptr @f() {
  %v = call ptr @g()
  ret ptr %v
}

;; pair: target declares the callee's return range and folds a compare (body differs)
;; expect: wrong
;; source
declare i32 @g()
define i1 @f() {
  %v = call i32 @g()
  %c = icmp ult i32 %v, 100
  ret i1 %c
}
;; target
declare range(i32 0, 100) i32 @g()
define i1 @f() {
  %v = call i32 @g()
  %c = icmp ult i32 %v, 100
  %d = and i1 %c, true
  ret i1 %d
}
