; Storing an aggregate fills its padding with undef (LangRef "store"; loading one does not read the padding). So a
; source's padding bytes may become anything, and a target that stores the fields separately, or writes a chosen
; value into the padding, refines it; the reverse (the target leaving undef where the source wrote a value) does not.

;; pair: struct-store-as-one-integer
;; expect: proved
;; source
define void @f(ptr %p) {
  store { i8, i32 } { i8 1, i32 2 }, ptr %p, align 4
  ret void
}
;; target
define void @f(ptr %p) {
  store i64 8589934593, ptr %p, align 4
  ret void
}

;; pair: struct-store-as-one-integer-wrong-field
;; expect: refuted
;; source
define void @f(ptr %p) {
  store { i8, i32 } { i8 1, i32 2 }, ptr %p, align 4
  ret void
}
;; target
define void @f(ptr %p) {
  store i64 8589934594, ptr %p, align 4
  ret void
}

;; pair: struct-store-as-separate-fields
;; expect: right
;; source
define void @f(ptr %p, i8 %a, i32 %b) {
  %s0 = insertvalue { i8, i32 } poison, i8 %a, 0
  %s1 = insertvalue { i8, i32 } %s0, i32 %b, 1
  store { i8, i32 } %s1, ptr %p, align 4
  ret void
}
;; target
define void @f(ptr %p, i8 %a, i32 %b) {
  store i8 %a, ptr %p, align 4
  %q = getelementptr inbounds i8, ptr %p, i64 4
  store i32 %b, ptr %q, align 4
  ret void
}

;; pair: separate-fields-as-struct-store
;; expect: wrong
;; source
define void @f(ptr %p, i8 %a, i32 %b) {
  store i32 0, ptr %p, align 4
  store i8 %a, ptr %p, align 4
  %q = getelementptr inbounds i8, ptr %p, i64 4
  store i32 %b, ptr %q, align 4
  ret void
}
;; target
define void @f(ptr %p, i8 %a, i32 %b) {
  %s0 = insertvalue { i8, i32 } poison, i8 %a, 0
  %s1 = insertvalue { i8, i32 } %s0, i32 %b, 1
  store { i8, i32 } %s1, ptr %p, align 4
  ret void
}

;; pair: padding-read-back-is-undef
;; expect: proved
;; source
define i8 @f() {
  %slot = alloca { i8, i32 }, align 4
  store { i8, i32 } { i8 1, i32 2 }, ptr %slot, align 4
  %q = getelementptr inbounds i8, ptr %slot, i64 1
  %v = load i8, ptr %q
  ret i8 %v
}
;; target
define i8 @f() {
  ret i8 77
}

;; pair: padding-copied-out-of-a-local
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  store i64 0, ptr %p, align 4
  store i8 1, ptr %p, align 4
  %q = getelementptr inbounds i8, ptr %p, i64 4
  store i32 2, ptr %q, align 4
  ret void
}
;; target
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  %tmp = alloca { i8, i32 }, align 4
  store { i8, i32 } { i8 1, i32 2 }, ptr %tmp, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %p, ptr align 4 %tmp, i64 8, i1 false)
  ret void
}
