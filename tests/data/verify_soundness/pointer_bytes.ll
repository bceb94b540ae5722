; Pointers in memory keep their provenance (LangRef "Pointer Aliasing Rules", "llvm.memcpy"): storing a pointer, or
; copying its bytes with memcpy, leaves bytes that still carry the object the pointer is based on; copying them
; through an integer load and store does not (an integer has no provenance), and storing another pointer with the
; same address stores another provenance. The caller may load the pointer back and access memory through it.

;; pair: a pointer copied with memcpy, target copies it through an i64
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %dst, ptr %p) {
  %slot = alloca ptr, align 8
  store ptr %p, ptr %slot, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %slot, i64 8, i1 false)
  ret void
}
;; target
define void @f(ptr %dst, ptr %p) {
  %i = ptrtoint ptr %p to i64
  store i64 %i, ptr %dst, align 1
  ret void
}

;; pair: target stores q rebuilt from p in place of q
;; expect: wrong
;; source
define void @f(ptr %dst, ptr %p, ptr %q) {
  store ptr %q, ptr %dst, align 8
  ret void
}
;; target
define void @f(ptr %dst, ptr %p, ptr %q) {
  %pi = ptrtoint ptr %p to i64
  %qi = ptrtoint ptr %q to i64
  %d = sub i64 %qi, %pi
  %r = getelementptr i8, ptr %p, i64 %d
  store ptr %r, ptr %dst, align 8
  ret void
}

;; pair: a pointer copied with memcpy, target stores the pointer itself
;; expect: proved
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %dst, ptr %p) {
  %slot = alloca ptr, align 8
  store ptr %p, ptr %slot, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %slot, i64 8, i1 false)
  ret void
}
;; target
define void @f(ptr %dst, ptr %p) {
  store ptr %p, ptr %dst, align 1
  ret void
}

;; pair: a pointer stored through a gep of 4 then 4, target stores the gep of 8
;; expect: proved
;; source
define void @f(ptr %dst, ptr %p) {
  %a = getelementptr i8, ptr %p, i64 4
  %b = getelementptr i8, ptr %a, i64 4
  store ptr %b, ptr %dst, align 8
  ret void
}
;; target
define void @f(ptr %dst, ptr %p) {
  %b = getelementptr i8, ptr %p, i64 8
  store ptr %b, ptr %dst, align 8
  ret void
}

;; pair: a pointer stored and reloaded, target stores it as an integer first
;; expect: wrong
;; source
define i8 @f(ptr %p) {
  %slot = alloca ptr, align 8
  store ptr %p, ptr %slot, align 8
  %q = load ptr, ptr %slot, align 8
  %v = load i8, ptr %q, align 1
  ret i8 %v
}
;; target
define i8 @f(ptr %p) {
  %slot = alloca ptr, align 8
  %i = ptrtoint ptr %p to i64
  store i64 %i, ptr %slot, align 8
  %q = load ptr, ptr %slot, align 8
  %v = load i8, ptr %q, align 1
  ret i8 %v
}

;; pair: a null pointer stored as integer 0 and reloaded is null
;; expect: proved
;; source
define ptr @f() {
  %slot = alloca ptr, align 8
  store i64 0, ptr %slot, align 8
  %q = load ptr, ptr %slot, align 8
  ret ptr %q
}
;; target
define ptr @f() {
  ret ptr null
}
