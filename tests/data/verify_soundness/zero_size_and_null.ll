; A memset/memcpy of length 0 does nothing, whatever its pointers (LangRef: "If len is 0, the pointers may be NULL,
; dangling, undef, or poison"). A getelementptr inbounds whose indices are all zero is inbounds even for null, so
; its result is null, not poison.

;; pair: zero-size-memset-removed
;; expect: proved
;; source
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define void @f(ptr %p) {
  call void @llvm.memset.p0.i64(ptr %p, i8 0, i64 0, i1 false)
  ret void
}
;; target
define void @f(ptr %p) {
  ret void
}

;; pair: zero-size-memcpy-from-null-removed
;; expect: proved
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define i32 @f(ptr %p) {
  call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr null, i64 0, i1 false)
  ret i32 0
}
;; target
define i32 @f(ptr %p) {
  ret i32 0
}

;; pair: one-byte-memset-removed
;; expect: refuted
;; source
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define void @f(ptr %p) {
  call void @llvm.memset.p0.i64(ptr %p, i8 0, i64 1, i1 false)
  ret void
}
;; target
define void @f(ptr %p) {
  ret void
}

;; pair: gep-inbounds-null-zero-is-null
;; expect: proved
;; source
define ptr @f() {
  %q = getelementptr inbounds i8, ptr null, i64 0
  ret ptr %q
}
;; target
define ptr @f() {
  ret ptr null
}

;; pair: gep-inbounds-null-one-is-poison
;; expect: proved
;; source
define ptr @f() {
  %q = getelementptr inbounds i8, ptr null, i64 1
  ret ptr %q
}
;; target
define ptr @f() {
  ret ptr poison
}

;; pair: gep-inbounds-null-zero-is-not-poison
;; expect: refuted
;; source
define ptr @f() {
  %q = getelementptr inbounds i8, ptr null, i64 0
  ret ptr %q
}
;; target
define ptr @f() {
  ret ptr poison
}
