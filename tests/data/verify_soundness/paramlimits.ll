;; pair: target adds writeonly to a parameter that memcpy reads from
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %d, ptr %s) {
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 4, i1 false)
  ret void
}
;; target
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %d, ptr writeonly %s) {
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 4, i1 false)
  ret void
}

;; pair: target adds readonly to a parameter that memset writes
;; expect: wrong
;; source
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define void @f(ptr %d) {
  call void @llvm.memset.p0.i64(ptr %d, i8 0, i64 4, i1 false)
  ret void
}
;; target
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define void @f(ptr readonly %d) {
  call void @llvm.memset.p0.i64(ptr %d, i8 0, i64 4, i1 false)
  ret void
}

;; pair: target adds readonly to the destination of a memmove
;; expect: wrong
;; source
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %d, ptr %s) {
  call void @llvm.memmove.p0.p0.i64(ptr %d, ptr %s, i64 4, i1 false)
  ret void
}
;; target
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr readonly %d, ptr %s) {
  call void @llvm.memmove.p0.p0.i64(ptr %d, ptr %s, i64 4, i1 false)
  ret void
}

;; pair: target adds readnone to a parameter that is loaded through a gep
;; expect: wrong
;; source
define i32 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4
  %v = load i32, ptr %q, align 4
  ret i32 %v
}
;; target
define i32 @f(ptr readnone %p) {
  %q = getelementptr i8, ptr %p, i64 4
  %v = load i32, ptr %q, align 4
  ret i32 %v
}

;; pair: target adds writeonly to a parameter whose pointer is stored to memory then reloaded and read through
;; expect: wrong
;; source
define i32 @f(ptr %p, ptr %m) {
  store ptr %p, ptr %m, align 8
  %q = load ptr, ptr %m, align 8
  %v = load i32, ptr %q, align 4
  ret i32 %v
}
;; target
define i32 @f(ptr writeonly %p, ptr %m) {
  store ptr %p, ptr %m, align 8
  %q = load ptr, ptr %m, align 8
  %v = load i32, ptr %q, align 4
  ret i32 %v
}

;; pair: target adds readonly to a parameter written through a select of it and another pointer
;; expect: wrong
;; source
define void @f(ptr %p, ptr %q, i1 %c) {
  %s = select i1 %c, ptr %p, ptr %q
  store i32 0, ptr %s, align 4
  ret void
}
;; target
define void @f(ptr readonly %p, ptr %q, i1 %c) {
  %s = select i1 %c, ptr %p, ptr %q
  store i32 0, ptr %s, align 4
  ret void
}

;; pair: target adds readonly to a parameter written through ptrmask of it
;; expect: wrong
;; source
define void @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %q = getelementptr i8, ptr %p, i64 0
  store i32 0, ptr %q, align 4
  ret void
}
;; target
define void @f(ptr readonly %p) {
  %q = getelementptr i8, ptr %p, i64 0
  store i32 0, ptr %q, align 4
  ret void
}

;; pair: target adds readonly to a parameter written by an external call it is passed to, declared memory(argmem: write)
;; expect: wrong
;; source
declare void @h(ptr) memory(argmem: write) nounwind willreturn
define void @f(ptr %p) {
  call void @h(ptr %p)
  ret void
}
;; target
declare void @h(ptr) memory(argmem: write) nounwind willreturn
define void @f(ptr readonly %p) {
  call void @h(ptr %p)
  ret void
}

;; pair: target adds readonly to a parameter passed to memcpy as the source (reads only)
;; expect: right
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %d, ptr %s) {
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 4, i1 false)
  ret void
}
;; target
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %d, ptr readonly %s) {
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 4, i1 false)
  ret void
}

;; pair: target adds nocapture to a parameter that is stored to memory
;; expect: wrong
;; source
define void @f(ptr %p, ptr %m) {
  store ptr %p, ptr %m, align 8
  ret void
}
;; target
define void @f(ptr nocapture %p, ptr %m) {
  store ptr %p, ptr %m, align 8
  ret void
}

;; pair: target adds nocapture to a parameter whose ptrtoint is returned
;; expect: wrong
;; source
define i64 @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f(ptr nocapture %p) {
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}

;; pair: target adds nocapture to a parameter that is compared with a global and the result returned (a capture by LangRef Pointer Capture item 3)
;; expect: wrong
;; source
@g = global i32 0, align 4
define i1 @f(ptr %p) {
  %c = icmp eq ptr %p, @g
  ret i1 %c
}
;; target
@g = global i32 0, align 4
define i1 @f(ptr nocapture %p) {
  %c = icmp eq ptr %p, @g
  ret i1 %c
}

;; pair: target adds nocapture to a parameter passed to a function through a gep
;; expect: wrong
;; source
declare void @h(ptr)
define void @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4
  call void @h(ptr %q)
  ret void
}
;; target
declare void @h(ptr)
define void @f(ptr nocapture %p) {
  %q = getelementptr i8, ptr %p, i64 4
  call void @h(ptr %q)
  ret void
}

;; pair: target adds nocapture to a parameter that is memcpy'd (its bytes) into caller memory
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p, ptr %m) {
  %a = alloca ptr, align 8
  store ptr %p, ptr %a, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %m, ptr %a, i64 8, i1 false)
  ret void
}
;; target
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr nocapture %p, ptr %m) {
  %a = alloca ptr, align 8
  store ptr %p, ptr %a, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %m, ptr %a, i64 8, i1 false)
  ret void
}

;; pair: target adds nocapture to a parameter returned through a select
;; expect: wrong
;; source
define ptr @f(ptr %p, i1 %c) {
  %s = select i1 %c, ptr %p, ptr null
  ret ptr %s
}
;; target
define ptr @f(ptr nocapture %p, i1 %c) {
  %s = select i1 %c, ptr %p, ptr null
  ret ptr %s
}

;; pair: target adds nocapture to a parameter whose address bits are stored as an integer
;; expect: wrong
;; source
define void @f(ptr %p, ptr %m) {
  %i = ptrtoint ptr %p to i64
  %x = xor i64 %i, 12345
  store i64 %x, ptr %m, align 8
  ret void
}
;; target
define void @f(ptr nocapture %p, ptr %m) {
  %i = ptrtoint ptr %p to i64
  %x = xor i64 %i, 12345
  store i64 %x, ptr %m, align 8
  ret void
}
