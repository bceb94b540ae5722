; Attributes that hold for a C library function by the C standard, which LLVM infers for its declaration: C
; functions do not unwind, only free/realloc free memory, strlen and strcmp only read their arguments' memory and
; return, printf and strlen keep no copy of their pointer arguments. A target may declare them, and rely on them for
; its own promises (nofree, nocapture). Attributes that are not true of the function stay unsupported.

;; pair: strlen-declared-with-inferred-attributes
;; expect: proved
;; source
declare i64 @strlen(ptr)
define i64 @f(ptr %s) {
  %n = call i64 @strlen(ptr %s)
  ret i64 %n
}
;; target
declare i64 @strlen(ptr) nofree nounwind willreturn mustprogress memory(argmem: read)
define i64 @f(ptr %s) {
  %n = call i64 @strlen(ptr %s)
  ret i64 %n
}

;; pair: printf-declared-memory-none
;; expect: wrong
;; source
@.fmt = private unnamed_addr constant [3 x i8] c"%d\00"
declare i32 @printf(ptr, ...)
define void @f(i32 %x) {
  %r = call i32 (ptr, ...) @printf(ptr @.fmt, i32 %x)
  ret void
}
;; target
@.fmt = private unnamed_addr constant [3 x i8] c"%d\00"
declare i32 @printf(ptr, ...) memory(none) willreturn
define void @f(i32 %x) {
  ret void
}

;; pair: nocapture-parameter-passed-to-strlen
;; expect: proved
;; source
declare i64 @strlen(ptr)
define i64 @f(ptr %s) {
  %n = call i64 @strlen(ptr %s)
  ret i64 %n
}
;; target
declare i64 @strlen(ptr)
define i64 @f(ptr nocapture %s) {
  %n = call i64 @strlen(ptr %s)
  ret i64 %n
}

;; pair: nocapture-parameter-passed-to-strchr
;; expect: wrong
;; source
declare ptr @strchr(ptr, i32)
define ptr @f(ptr %s) {
  %p = call ptr @strchr(ptr %s, i32 47)
  ret ptr %p
}
;; target
declare ptr @strchr(ptr, i32)
define ptr @f(ptr nocapture %s) {
  %p = call ptr @strchr(ptr %s, i32 47)
  ret ptr %p
}

;; pair: nofree-function-calling-printf
;; expect: proved
;; source
@.fmt = private unnamed_addr constant [3 x i8] c"%d\00"
declare i32 @printf(ptr, ...)
define void @f(i32 %x) {
  %r = call i32 (ptr, ...) @printf(ptr @.fmt, i32 %x)
  ret void
}
;; target
@.fmt = private unnamed_addr constant [3 x i8] c"%d\00"
declare i32 @printf(ptr, ...)
define void @f(i32 %x) nofree {
  %r = call i32 (ptr, ...) @printf(ptr @.fmt, i32 %x)
  ret void
}

;; pair: nofree-function-calling-free
;; expect: wrong
;; source
declare void @free(ptr)
define void @f(ptr %p) {
  call void @free(ptr %p)
  ret void
}
;; target
declare void @free(ptr)
define void @f(ptr %p) nofree {
  call void @free(ptr %p)
  ret void
}
