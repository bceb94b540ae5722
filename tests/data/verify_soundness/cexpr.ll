;; pair: inrange constant gep: a load through a pointer derived from it outside the range is UB; target moves the load there
;; expect: wrong
;; source
@g = global [4 x i32] zeroinitializer, align 4
define i32 @f() {
  %q = getelementptr i8, ptr @g, i64 8
  %v = load i32, ptr %q, align 4
  ret i32 %v
}
;; target
@g = global [4 x i32] zeroinitializer, align 4
define i32 @f() {
  %q = getelementptr i8, ptr getelementptr inbounds inrange(0, 4) (i8, ptr @g, i64 4), i64 4
  %v = load i32, ptr %q, align 4
  ret i32 %v
}

;; pair: inrange constant gep used directly within its range
;; expect: right
;; source
@g = global [4 x i32] zeroinitializer, align 4
define i32 @f() {
  %v = load i32, ptr getelementptr inbounds inrange(0, 4) (i8, ptr @g, i64 4), align 4
  ret i32 %v
}
;; target
@g = global [4 x i32] zeroinitializer, align 4
define i32 @f() {
  %q = getelementptr i8, ptr @g, i64 4
  %v = load i32, ptr %q, align 4
  ret i32 %v
}

;; pair: inbounds constant gep two past the end of a global is poison: returned, target returns null
;; expect: right
;; source
@g = global i32 0, align 4
define ptr @f() {
  ret ptr getelementptr inbounds (i8, ptr @g, i64 8)
}
;; target
@g = global i32 0, align 4
define ptr @f() {
  ret ptr null
}

;; pair: plain constant gep two past the end of a global is not poison, target returns poison
;; expect: wrong
;; source
@g = global i32 0, align 4
define ptr @f() {
  ret ptr getelementptr (i8, ptr @g, i64 8)
}
;; target
@g = global i32 0, align 4
define ptr @f() {
  ret ptr poison
}

;; pair: constant ptrtoint of a global minus ptrtoint of the same global is 0
;; expect: proved
;; source
@g = global [4 x i32] zeroinitializer, align 4
define i64 @f() {
  %a = ptrtoint ptr getelementptr (i8, ptr @g, i64 12) to i64
  %b = ptrtoint ptr @g to i64
  %d = sub i64 %a, %b
  ret i64 %d
}
;; target
@g = global [4 x i32] zeroinitializer, align 4
define i64 @f() {
  ret i64 12
}

;; pair: constant expression sub of ptrtoints of two globals folded to a constant
;; expect: wrong
;; source
@g = global i32 0, align 4
@h = global i32 0, align 4
define i64 @f() {
  ret i64 sub (i64 ptrtoint (ptr @h to i64), i64 ptrtoint (ptr @g to i64))
}
;; target
@g = global i32 0, align 4
@h = global i32 0, align 4
define i64 @f() {
  ret i64 4
}

;; pair: llvm.objectsize of a 16-byte global is 16
;; expect: right
;; source
@g = global [4 x i32] zeroinitializer, align 4
declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)
define i64 @f() {
  %s = call i64 @llvm.objectsize.i64.p0(ptr @g, i1 false, i1 true, i1 false)
  ret i64 %s
}
;; target
@g = global [4 x i32] zeroinitializer, align 4
declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)
define i64 @f() {
  ret i64 16
}

;; pair: llvm.objectsize of a 16-byte global folded to 8
;; expect: wrong
;; source
@g = global [4 x i32] zeroinitializer, align 4
declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)
define i64 @f() {
  %s = call i64 @llvm.objectsize.i64.p0(ptr @g, i1 false, i1 true, i1 false)
  ret i64 %s
}
;; target
@g = global [4 x i32] zeroinitializer, align 4
declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)
define i64 @f() {
  ret i64 8
}

;; pair: assume(p == @g) lets a load through p be a load of @g's constant
;; expect: right
;; source
@g = constant i32 9, align 4
declare void @llvm.assume(i1)
define i32 @f(ptr %p) {
  %c = icmp eq ptr %p, @g
  call void @llvm.assume(i1 %c)
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
;; target
@g = constant i32 9, align 4
declare void @llvm.assume(i1)
define i32 @f(ptr %p) {
  %c = icmp eq ptr %p, @g
  call void @llvm.assume(i1 %c)
  ret i32 9
}

;; pair: assume(p == @g+4) (one past @g): a load through p is not a load of @g's bytes
;; expect: wrong
;; source
@g = constant [2 x i32] [i32 9, i32 10], align 4
@h = global i32 0, align 4
declare void @llvm.assume(i1)
define i32 @f(ptr %p) {
  %e = getelementptr i8, ptr @h, i64 4
  %c = icmp eq ptr %p, %e
  call void @llvm.assume(i1 %c)
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
;; target
@g = constant [2 x i32] [i32 9, i32 10], align 4
@h = global i32 0, align 4
declare void @llvm.assume(i1)
define i32 @f(ptr %p) {
  %e = getelementptr i8, ptr @h, i64 4
  %c = icmp eq ptr %p, %e
  call void @llvm.assume(i1 %c)
  %v = load i32, ptr %e, align 4
  ret i32 %v
}

;; pair: lifetime.end on a local then a load from it (dead object), source: target returns the old value
;; expect: right
;; source
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
define i32 @f() {
  %a = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %a)
  store i32 5, ptr %a, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %a)
  %v = load i32, ptr %a, align 4
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 5
}

;; pair: lifetime.start after a store makes the local uninitialized; target returns the stored value (undef allows it)
;; expect: right
;; source
declare void @llvm.lifetime.start.p0(i64, ptr)
define i32 @f() {
  %a = alloca i32, align 4
  store i32 5, ptr %a, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %a)
  %v = load i32, ptr %a, align 4
  %w = freeze i32 %v
  ret i32 %w
}
;; target
define i32 @f() {
  ret i32 5
}

;; pair: memcpy from a constant global into a local then a load folded
;; expect: proved
;; source
@g = constant [2 x i32] [i32 3, i32 4], align 4
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define i32 @f() {
  %a = alloca [2 x i32], align 4
  call void @llvm.memcpy.p0.p0.i64(ptr %a, ptr @g, i64 8, i1 false)
  %q = getelementptr i8, ptr %a, i64 4
  %v = load i32, ptr %q, align 4
  ret i32 %v
}
;; target
@g = constant [2 x i32] [i32 3, i32 4], align 4
define i32 @f() {
  ret i32 4
}

;; pair: memcpy from a constant global into caller memory; target stores the two constants
;; expect: proved
;; source
@g = constant [2 x i32] [i32 3, i32 4], align 4
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr @g, i64 8, i1 false)
  ret void
}
;; target
@g = constant [2 x i32] [i32 3, i32 4], align 4
define void @f(ptr %p) {
  store i64 17179869187, ptr %p, align 1
  ret void
}

;; pair: memcpy of 8 bytes from a 4-byte constant global is UB: target anything
;; expect: right
;; source
@g = constant i32 3, align 4
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr @g, i64 8, i1 false)
  ret void
}
;; target
@g = constant i32 3, align 4
define void @f(ptr %p) {
  ret void
}

;; pair: memcpy into a constant global is UB (write to constant): target drops everything
;; expect: right
;; source
@g = constant i32 3, align 4
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @h()
define void @f(ptr %p) {
  call void @llvm.memcpy.p0.p0.i64(ptr @g, ptr %p, i64 4, i1 false)
  call void @h()
  ret void
}
;; target
@g = constant i32 3, align 4
declare void @h()
define void @f(ptr %p) {
  unreachable
}

;; pair: memset of a global's 4 bytes to 1 and a load from it
;; expect: proved
;; source
@g = global i32 0, align 4
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define i32 @f() {
  call void @llvm.memset.p0.i64(ptr @g, i8 1, i64 4, i1 false)
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = global i32 0, align 4
define i32 @f() {
  store i32 16843009, ptr @g, align 4
  ret i32 16843009
}

;; pair: memset past the end of a global (5 bytes into an i32) is UB; target stores only 4
;; expect: right
;; source
@g = global i32 0, align 4
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define void @f() {
  call void @llvm.memset.p0.i64(ptr @g, i8 1, i64 5, i1 false)
  ret void
}
;; target
@g = global i32 0, align 4
define void @f() {
  store i32 16843009, ptr @g, align 4
  ret void
}
