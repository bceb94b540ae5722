;; pair: if (*p < 42) *p = 42 becomes an unconditional store of the max
;; expect: wrong
;; source
define void @f(ptr %p) {
  %v = load i32, ptr %p
  %c = icmp slt i32 %v, 42
  br i1 %c, label %s, label %e
s:
  store i32 42, ptr %p
  br label %e
e:
  ret void
}
;; target
declare i32 @llvm.smax.i32(i32, i32)
define void @f(ptr %p) {
  %v = load i32, ptr %p
  %m = call i32 @llvm.smax.i32(i32 %v, i32 42)
  store i32 %m, ptr %p
  ret void
}

;; pair: if (c) *p = v becomes *p = select(c, v, *p)
;; expect: wrong
;; source
define void @f(ptr %p, i1 %c, i32 %x) {
  br i1 %c, label %s, label %e
s:
  store i32 %x, ptr %p
  br label %e
e:
  ret void
}
;; target
define void @f(ptr %p, i1 %c, i32 %x) {
  %v = load i32, ptr %p
  %s = select i1 %c, i32 %x, i32 %v
  store i32 %s, ptr %p
  ret void
}

;; pair: *p = 1; if (c) *p = 2 becomes *p = select(c, 2, 1)
;; expect: proved
;; source
define void @f(ptr %p, i1 noundef %c) {
  store i32 1, ptr %p
  br i1 %c, label %s, label %e
s:
  store i32 2, ptr %p
  br label %e
e:
  ret void
}
;; target
define void @f(ptr %p, i1 noundef %c) {
  %s = select i1 %c, i32 2, i32 1
  store i32 %s, ptr %p
  ret void
}

;; pair: if (*p == 0) *p = 0 removed entirely
;; expect: right
;; source
define void @f(ptr %p) {
  %v = load i32, ptr %p
  %c = icmp eq i32 %v, 0
  br i1 %c, label %s, label %e
s:
  store i32 0, ptr %p
  br label %e
e:
  ret void
}
;; target
define void @f(ptr %p) {
  %v = load i32, ptr %p
  ret void
}

;; pair: if (*p != 42) *p = 42 on a dereferenceable parameter, target stores unconditionally
;; expect: wrong
;; source
define void @f(ptr dereferenceable(4) %p) {
  %v = load i32, ptr %p
  %c = icmp ne i32 %v, 42
  br i1 %c, label %s, label %e
s:
  store i32 42, ptr %p
  br label %e
e:
  ret void
}
;; target
define void @f(ptr dereferenceable(4) %p) {
  store i32 42, ptr %p
  ret void
}

;; pair: a store to a byte of *p that the source only reads: target writes back the same byte via an i8 store
;; expect: wrong
;; source
define i8 @f(ptr %p) {
  %v = load i8, ptr %p
  ret i8 %v
}
;; target
define i8 @f(ptr %p) {
  %v = load i8, ptr %p
  store i8 %v, ptr %p
  ret i8 %v
}

;; pair: a loop storing the same value each iteration (n >= 1 times) collapsed to one store
;; expect: right
;; source
define void @f(ptr %p) {
entry:
  br label %l
l:
  %i = phi i32 [ 0, %entry ], [ %n, %l ]
  store i32 5, ptr %p
  %n = add i32 %i, 1
  %c = icmp ult i32 %n, 3
  br i1 %c, label %l, label %e
e:
  ret void
}
;; target
define void @f(ptr %p) {
  store i32 5, ptr %p
  ret void
}

;; pair: a store in a loop that may run zero times hoisted before the loop
;; expect: wrong
;; source
define void @f(ptr %p, i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %e, label %l
l:
  %i = phi i32 [ 0, %entry ], [ %m, %l ]
  store i32 5, ptr %p
  %m = add i32 %i, 1
  %c = icmp ult i32 %m, %n
  br i1 %c, label %l, label %e
e:
  ret void
}
;; target
define void @f(ptr %p, i32 %n) {
  store i32 5, ptr %p
  ret void
}

;; pair: a stored fmul recomputed for the return
;; expect: wrong
;; source
define float @f(float %x, float %y, ptr %p) {
  %a = fmul float %x, %y
  store float %a, ptr %p
  ret float %a
}
;; target
define float @f(float %x, float %y, ptr %p) {
  %a = fmul float %x, %y
  store float %a, ptr %p
  %b = fmul float %x, %y
  ret float %b
}

;; pair: fneg recomputed (a bit flip, deterministic)
;; expect: proved
;; source
define float @f(float %x, ptr %p) {
  %a = fneg float %x
  store float %a, ptr %p
  ret float %a
}
;; target
define float @f(float %x, ptr %p) {
  %a = fneg float %x
  store float %a, ptr %p
  %b = fneg float %x
  ret float %b
}

;; pair: fptrunc recomputed (NaN payload may differ between evaluations)
;; expect: wrong
;; source
define float @f(double %x, ptr %p) {
  %a = fptrunc double %x to float
  store float %a, ptr %p
  ret float %a
}
;; target
define float @f(double %x, ptr %p) {
  %a = fptrunc double %x to float
  store float %a, ptr %p
  %b = fptrunc double %x to float
  ret float %b
}

;; pair: sqrt recomputed (NaN for negative input: payload nondeterministic)
;; expect: wrong
;; source
declare float @llvm.sqrt.f32(float)
define float @f(float %x, ptr %p) {
  %a = call float @llvm.sqrt.f32(float %x)
  store float %a, ptr %p
  ret float %a
}
;; target
declare float @llvm.sqrt.f32(float)
define float @f(float %x, ptr %p) {
  %a = call float @llvm.sqrt.f32(float %x)
  store float %a, ptr %p
  %b = call float @llvm.sqrt.f32(float %x)
  ret float %b
}

;; pair: an fadd returned twice in a struct, target recomputes the second field
;; expect: wrong
;; source
define { float, float } @f(float %x, float %y) {
  %a = fadd float %x, %y
  %s = insertvalue { float, float } poison, float %a, 0
  %t = insertvalue { float, float } %s, float %a, 1
  ret { float, float } %t
}
;; target
define { float, float } @f(float %x, float %y) {
  %a = fadd float %x, %y
  %b = fadd float %x, %y
  %s = insertvalue { float, float } poison, float %a, 0
  %t = insertvalue { float, float } %s, float %b, 1
  ret { float, float } %t
}
