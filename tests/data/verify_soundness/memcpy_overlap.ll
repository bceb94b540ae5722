; llvm.memcpy (LangRef "llvm.memcpy.*"): the source and destination must either be equal or not overlap. A copy onto
; itself is defined (and changes nothing); a partial overlap is UB. A verifier that makes every overlap UB gives the
; source UB it does not have, and then accepts any target.

;; pair: memcpy of a pointer onto itself is defined, target stores where the source does not
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr %p, i64 4, i1 false)
  ret void
}
;; target
define void @f(ptr %p) {
  store i32 0, ptr %p, align 1
  ret void
}

;; pair: memcpy of a pointer onto itself changes nothing, target drops it
;; expect: proved
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr %p, i64 4, i1 false)
  ret void
}
;; target
define void @f(ptr %p) {
  ret void
}

;; pair: memcpy between two arguments that may be equal, target stores zero
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %d, ptr %s) {
  %e = icmp eq ptr %d, %s
  br i1 %e, label %same, label %out
same:
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 4, i1 false)
  ret void
out:
  ret void
}
;; target
define void @f(ptr %d, ptr %s) {
  %e = icmp eq ptr %d, %s
  br i1 %e, label %same, label %out
same:
  store i32 0, ptr %d, align 1
  ret void
out:
  ret void
}

;; pair: memcpy with a partial overlap is UB, target does anything
;; expect: proved
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr %q, ptr %p, i64 4, i1 false)
  ret void
}
;; target
define void @f(ptr %p) {
  store i32 0, ptr %p, align 1
  ret void
}
