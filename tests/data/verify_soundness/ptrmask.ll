; llvm.ptrmask (LangRef): the address ANDed with the mask, with the pointer's provenance kept; poison if either
; operand is.

;; pair: ptrmask clears the low bits of the address
;; expect: proved
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define i64 @f(ptr %p) {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 -16)
  %i = ptrtoint ptr %q to i64
  %r = and i64 %i, 15
  ret i64 %r
}
;; target
define i64 @f(ptr %p) {
  ret i64 0
}

;; pair: ptrmask is not the identity
;; expect: refuted
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define ptr @f(ptr %p) {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 -16)
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  ret ptr %p
}

;; pair: ptrmask with all ones is the identity
;; expect: proved
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define ptr @f(ptr %p) {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 -1)
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  ret ptr %p
}

;; pair: two ptrmasks combine by and
;; expect: proved
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define ptr @f(ptr %p, i64 noundef %a, i64 noundef %b) {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 %a)
  %r = call ptr @llvm.ptrmask.p0.i64(ptr %q, i64 %b)
  ret ptr %r
}
;; target
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define ptr @f(ptr %p, i64 noundef %a, i64 noundef %b) {
  %m = and i64 %a, %b
  %r = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 %m)
  ret ptr %r
}

;; pair: two ptrmasks do not combine by or
;; expect: refuted
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define ptr @f(ptr %p, i64 noundef %a, i64 noundef %b) {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 %a)
  %r = call ptr @llvm.ptrmask.p0.i64(ptr %q, i64 %b)
  ret ptr %r
}
;; target
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define ptr @f(ptr %p, i64 noundef %a, i64 noundef %b) {
  %m = or i64 %a, %b
  %r = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 %m)
  ret ptr %r
}

;; pair: a ptrmask result keeps the pointer's provenance (it is not an integer-made pointer)
;; expect: right
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define i32 @f(ptr %p) {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 -4)
  store i32 1, ptr %q
  %v = load i32, ptr %q
  ret i32 %v
}
;; target
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define i32 @f(ptr %p) {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 -4)
  store i32 1, ptr %q
  ret i32 1
}

;; pair: a poison mask makes the result poison
;; expect: proved
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define ptr @f(ptr %p) {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 poison)
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  ret ptr poison
}
