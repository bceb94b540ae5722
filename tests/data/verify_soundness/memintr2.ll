; more memory-intrinsic length cases.

;; pair: memset.inline with an i8 length of -56 (200 bytes) dropped
;; expect: wrong
;; source
declare void @llvm.memset.inline.p0.i8(ptr, i8, i8, i1)
define void @f(ptr %p) {
  call void @llvm.memset.inline.p0.i8(ptr %p, i8 0, i8 -56, i1 false)
  ret void
}
;; target
define void @f(ptr %p) {
  ret void
}

;; pair: memset with an i32 length of -1 (4 GiB - 1 bytes) dropped
;; expect: wrong
;; source
declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)
define void @f(ptr %p) {
  call void @llvm.memset.p0.i32(ptr %p, i8 0, i32 -1, i1 false)
  ret void
}
;; target
define void @f(ptr %p) {
  ret void
}

;; pair: memcpy from a constant global with an i8 length of -128, only 4 bytes copied by the target
;; expect: wrong
;; source
@c = internal constant [128 x i8] zeroinitializer
declare void @llvm.memcpy.p0.p0.i8(ptr, ptr, i8, i1)
define void @f(ptr %d) {
  call void @llvm.memcpy.p0.p0.i8(ptr %d, ptr @c, i8 -128, i1 false)
  ret void
}
;; target
@c = internal constant [128 x i8] zeroinitializer
define void @f(ptr %d) {
  store i32 0, ptr %d, align 1
  ret void
}

;; pair: memset with i8 length 100 (positive) kept as four-byte stores of the first 4 bytes only
;; expect: wrong
;; source
declare void @llvm.memset.p0.i8(ptr, i8, i8, i1)
define void @f(ptr %p) {
  call void @llvm.memset.p0.i8(ptr %p, i8 0, i8 100, i1 false)
  ret void
}
;; target
define void @f(ptr %p) {
  store i32 0, ptr %p, align 1
  ret void
}

;; pair: memcpy from an uninitialized local to caller memory, target writes zeros
;; expect: right
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %d) {
  %a = alloca i32, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %a, i64 4, i1 false)
  ret void
}
;; target
define void @f(ptr %d) {
  store i32 0, ptr %d, align 1
  ret void
}

;; pair: a dead store to caller memory removed before a call that may read it
;; expect: wrong
;; source
declare void @g()
define void @f(ptr %p) {
  store i32 1, ptr %p
  call void @g()
  store i32 2, ptr %p
  ret void
}
;; target
declare void @g()
define void @f(ptr %p) {
  call void @g()
  store i32 2, ptr %p
  ret void
}

;; pair: a packed struct field read at offset 1
;; expect: proved
;; source
%P = type <{ i8, i32 }>
define i32 @f(ptr %p) {
  %q = getelementptr %P, ptr %p, i64 0, i32 1
  %v = load i32, ptr %q, align 1
  ret i32 %v
}
;; target
define i32 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 1
  %v = load i32, ptr %q, align 1
  ret i32 %v
}

;; pair: a packed struct field read at the unpacked offset 4
;; expect: wrong
;; source
%P = type <{ i8, i32 }>
define i32 @f(ptr %p) {
  %q = getelementptr %P, ptr %p, i64 0, i32 1
  %v = load i32, ptr %q, align 1
  ret i32 %v
}
;; target
define i32 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4
  %v = load i32, ptr %q, align 1
  ret i32 %v
}
