; C library functions whose semantics LLVM knows (LangRef leaves them to the C standard): fabs/fabsf clear the sign
; bit like llvm.fabs, ffs(x) is 0 for 0 and otherwise one more than the number of trailing zeros, abs of the most
; negative int is undefined. Modelled exactly; other library rewrites (strlen of a constant, printf -> puts) are
; never refuted: their C semantics are not modelled, so a differing library call makes a refutation inconclusive.

;; pair: fabsf-to-intrinsic
;; expect: proved
;; source
declare float @fabsf(float)
define float @f(float %x) {
  %r = call float @fabsf(float %x)
  ret float %r
}
;; target
declare float @llvm.fabs.f32(float)
define float @f(float %x) {
  %r = call float @llvm.fabs.f32(float %x)
  ret float %r
}

;; pair: fabs-is-not-negation
;; expect: refuted
;; source
declare double @fabs(double)
define double @f(double %x) {
  %r = call double @fabs(double %x)
  ret double %r
}
;; target
define double @f(double %x) {
  %r = fneg double %x
  ret double %r
}

;; pair: ffs-to-cttz
;; expect: proved
;; source
declare i32 @ffs(i32)
define i32 @f(i32 noundef %x) {
  %r = call i32 @ffs(i32 %x)
  ret i32 %r
}
;; target
declare i32 @llvm.cttz.i32(i32, i1)
define i32 @f(i32 noundef %x) {
  %tz = call i32 @llvm.cttz.i32(i32 %x, i1 true)
  %p1 = add nuw nsw i32 %tz, 1
  %z = icmp eq i32 %x, 0
  %r = select i1 %z, i32 0, i32 %p1
  ret i32 %r
}

;; pair: ffs-off-by-one
;; expect: refuted
;; source
declare i32 @ffs(i32)
define i32 @f(i32 %x) {
  %r = call i32 @ffs(i32 %x)
  ret i32 %r
}
;; target
declare i32 @llvm.cttz.i32(i32, i1)
define i32 @f(i32 %x) {
  %r = call i32 @llvm.cttz.i32(i32 %x, i1 false)
  ret i32 %r
}

;; pair: abs-to-intrinsic-with-poison-on-min
;; expect: proved
;; source
declare i32 @abs(i32)
define i32 @f(i32 %x) {
  %r = call i32 @abs(i32 %x)
  ret i32 %r
}
;; target
declare i32 @llvm.abs.i32(i32, i1)
define i32 @f(i32 %x) {
  %r = call i32 @llvm.abs.i32(i32 %x, i1 true)
  ret i32 %r
}

;; pair: abs-intrinsic-to-libcall-adds-ub
;; expect: refuted
;; source
declare i32 @llvm.abs.i32(i32, i1)
define i32 @f(i32 %x) {
  %r = call i32 @llvm.abs.i32(i32 %x, i1 false)
  ret i32 %r
}
;; target
declare i32 @abs(i32)
define i32 @f(i32 %x) {
  %r = call i32 @abs(i32 %x)
  ret i32 %r
}

;; pair: strlen-of-a-constant
;; expect: right
;; source
@.str = private unnamed_addr constant [4 x i8] c"abc\00"
declare i64 @strlen(ptr)
define i64 @f() {
  %n = call i64 @strlen(ptr @.str)
  ret i64 %n
}
;; target
@.str = private unnamed_addr constant [4 x i8] c"abc\00"
declare i64 @strlen(ptr)
define i64 @f() {
  ret i64 3
}

;; pair: strlen-of-a-constant-miscounted
;; expect: wrong
;; source
@.str = private unnamed_addr constant [4 x i8] c"abc\00"
declare i64 @strlen(ptr)
define i64 @f() {
  %n = call i64 @strlen(ptr @.str)
  ret i64 %n
}
;; target
@.str = private unnamed_addr constant [4 x i8] c"abc\00"
declare i64 @strlen(ptr)
define i64 @f() {
  ret i64 4
}

;; pair: printf-newline-to-puts
;; expect: right
;; source
@.fmt = private unnamed_addr constant [4 x i8] c"hi\0A\00"
declare i32 @printf(ptr, ...)
define void @f() {
  %n = call i32 (ptr, ...) @printf(ptr @.fmt)
  ret void
}
;; target
@.str = private unnamed_addr constant [3 x i8] c"hi\00"
declare i32 @puts(ptr)
define void @f() {
  %n = call i32 @puts(ptr @.str)
  ret void
}

;; pair: printf-dropped
;; expect: wrong
;; source
@.fmt = private unnamed_addr constant [4 x i8] c"hi\0A\00"
declare i32 @printf(ptr, ...)
define void @f() {
  %n = call i32 (ptr, ...) @printf(ptr @.fmt)
  ret void
}
;; target
declare i32 @printf(ptr, ...)
define void @f() {
  ret void
}

;; pair: fputc-kept-with-another-argument
;; expect: refuted
;; source
declare i32 @fputc(i32, ptr)
define void @f(ptr %out) {
  %r = call i32 @fputc(i32 65, ptr %out)
  ret void
}
;; target
declare i32 @fputc(i32, ptr)
define void @f(ptr %out) {
  %r = call i32 @fputc(i32 66, ptr %out)
  ret void
}

;; pair: defined-fabs-is-not-the-library-one
;; expect: wrong
;; source
define double @fabs(double %x) {
  ret double %x
}
define double @g(double %x) {
  %r = call double @fabs(double %x)
  ret double %r
}
;; target
declare double @llvm.fabs.f64(double)
define double @fabs(double %x) {
  ret double %x
}
define double @g(double %x) {
  %r = call double @llvm.fabs.f64(double %x)
  ret double %r
}

;; pair: fabs-with-builtins-disabled
;; expect: wrong
;; source
declare double @fabs(double)
define double @g(double %x) "no-builtins" {
  %r = call double @fabs(double %x)
  ret double %r
}
;; target
declare double @llvm.fabs.f64(double)
define double @g(double %x) "no-builtins" {
  %r = call double @llvm.fabs.f64(double %x)
  ret double %r
}

;; pair: fabs-call-marked-nobuiltin
;; expect: wrong
;; source
declare double @fabs(double)
define double @g(double %x) {
  %r = call double @fabs(double %x) nobuiltin
  ret double %r
}
;; target
declare double @llvm.fabs.f64(double)
define double @g(double %x) {
  %r = call double @llvm.fabs.f64(double %x)
  ret double %r
}
