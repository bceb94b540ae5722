; function and parameter attributes: memory(...), readonly/writeonly params, dereferenceable, align, nonnull,
; nocapture, tail/musttail, call-site attributes.

;; pair: a memory(argmem: read) function: target stores back what it loaded through its argument
;; expect: wrong
;; source
define i32 @f(ptr %p) memory(argmem: read) {
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
define i32 @f(ptr %p) memory(argmem: read) {
  %v = load i32, ptr %p
  store i32 %v, ptr %p
  ret i32 %v
}

;; pair: target adds memory(none) to a function that reads its argument
;; expect: wrong
;; source
define i32 @f(ptr %p) {
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
define i32 @f(ptr %p) memory(none) {
  %v = load i32, ptr %p
  ret i32 %v
}

;; pair: target adds memory(argmem: read) to a function that reads a global
;; expect: wrong
;; source
@g = global i32 0
define i32 @f(ptr %p) {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = global i32 0
define i32 @f(ptr %p) memory(argmem: read) {
  %v = load i32, ptr @g
  ret i32 %v
}

;; pair: target adds memory(read) to a function that calls an unknown function
;; expect: wrong
;; source
declare void @g()
define void @f() {
  call void @g()
  ret void
}
;; target
declare void @g()
define void @f() memory(read) {
  call void @g()
  ret void
}

;; pair: target adds readonly to a parameter the function writes through a copy reloaded from memory
;; expect: wrong
;; source
define void @f(ptr %p, ptr %slot) {
  store ptr %p, ptr %slot
  %q = load ptr, ptr %slot
  store i32 1, ptr %q
  ret void
}
;; target
define void @f(ptr readonly %p, ptr %slot) {
  store ptr %p, ptr %slot
  %q = load ptr, ptr %slot
  store i32 1, ptr %q
  ret void
}

;; pair: target adds writeonly to a parameter it reads through a gep
;; expect: wrong
;; source
define i32 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4
  %v = load i32, ptr %q
  ret i32 %v
}
;; target
define i32 @f(ptr writeonly %p) {
  %q = getelementptr i8, ptr %p, i64 4
  %v = load i32, ptr %q
  ret i32 %v
}

;; pair: target adds dereferenceable(8) to a parameter only 4 bytes of which are accessed
;; expect: wrong
;; source
define i32 @f(ptr %p) {
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
define i32 @f(ptr dereferenceable(8) %p) {
  %v = load i32, ptr %p
  ret i32 %v
}

;; pair: target adds dereferenceable(4) to a parameter that is loaded unconditionally
;; expect: right
;; source
define i32 @f(ptr %p) {
  %v = load i32, ptr %p, align 1
  ret i32 %v
}
;; target
define i32 @f(ptr dereferenceable(4) %p) {
  %v = load i32, ptr %p, align 1
  ret i32 %v
}

;; pair: target adds align 8 to a parameter that is loaded with align 4
;; expect: wrong
;; source
define i32 @f(ptr %p) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
;; target
define i32 @f(ptr align 8 %p) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}

;; pair: a dereferenceable parameter: target hoists a load above a branch
;; expect: right
;; source
define i32 @f(ptr dereferenceable(4) %p, i1 %c) {
  br i1 %c, label %a, label %b
a:
  %v = load i32, ptr %p, align 1
  ret i32 %v
b:
  ret i32 0
}
;; target
define i32 @f(ptr dereferenceable(4) %p, i1 %c) {
  %v = load i32, ptr %p, align 1
  %r = select i1 %c, i32 %v, i32 0
  ret i32 %r
}

;; pair: a dereferenceable(4) parameter: target hoists a load of 8 bytes above a branch
;; expect: wrong
;; source
define i64 @f(ptr dereferenceable(4) %p, i1 %c) {
  br i1 %c, label %a, label %b
a:
  %v = load i64, ptr %p, align 1
  ret i64 %v
b:
  ret i64 0
}
;; target
define i64 @f(ptr dereferenceable(4) %p, i1 %c) {
  %v = load i64, ptr %p, align 1
  %r = select i1 %c, i64 %v, i64 0
  ret i64 %r
}

;; pair: a nonnull parameter compared with null folded to false
;; expect: proved
;; source
define i1 @f(ptr nonnull %p) {
  %c = icmp eq ptr %p, null
  ret i1 %c
}
;; target
define i1 @f(ptr nonnull %p) {
  ret i1 false
}

;; pair: target adds nonnull to a parameter it compares with null
;; expect: wrong
;; source
define i1 @f(ptr %p) {
  %c = icmp eq ptr %p, null
  ret i1 %c
}
;; target
define i1 @f(ptr nonnull %p) {
  %c = icmp eq ptr %p, null
  ret i1 %c
}

;; pair: target adds nocapture to a parameter it passes to an unknown function
;; expect: wrong
;; source
declare void @g(ptr)
define void @f(ptr %p) {
  call void @g(ptr %p)
  ret void
}
;; target
declare void @g(ptr)
define void @f(ptr nocapture %p) {
  call void @g(ptr %p)
  ret void
}

;; pair: target adds nocapture to a parameter it returns
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  ret ptr %p
}
;; target
define ptr @f(ptr nocapture %p) {
  ret ptr %p
}

;; pair: target adds nocapture to a parameter it stores through a global slot
;; expect: wrong
;; source
@slot = global ptr null
define void @f(ptr %p) {
  store ptr %p, ptr @slot
  ret void
}
;; target
@slot = global ptr null
define void @f(ptr nocapture %p) {
  store ptr %p, ptr @slot
  ret void
}

;; pair: target adds nocapture to a parameter whose address it stores as an integer
;; expect: wrong
;; source
@slot = global i64 0
define void @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  store i64 %i, ptr @slot
  ret void
}
;; target
@slot = global i64 0
define void @f(ptr nocapture %p) {
  %i = ptrtoint ptr %p to i64
  store i64 %i, ptr @slot
  ret void
}

;; pair: target adds nocapture to a parameter whose comparison result it returns (one bit captured)
;; expect: right
;; source
define i1 @f(ptr %p, ptr %q) {
  %c = icmp eq ptr %p, %q
  ret i1 %c
}
;; target
define i1 @f(ptr nocapture %p, ptr %q) {
  %c = icmp eq ptr %p, %q
  ret i1 %c
}

;; pair: target adds returned to a parameter and returns it
;; expect: right
;; source
define ptr @f(ptr %p) {
  ret ptr %p
}
;; target
define ptr @f(ptr returned %p) {
  ret ptr %p
}

;; pair: target adds returned to a parameter but returns another one
;; expect: wrong
;; source
define ptr @f(ptr %p, ptr %q) {
  ret ptr %q
}
;; target
define ptr @f(ptr returned %p, ptr %q) {
  ret ptr %q
}

;; pair: a tail call made musttail (same signature)
;; expect: right
;; source
declare i32 @g(i32)
define i32 @f(i32 %x) {
  %r = tail call i32 @g(i32 %x)
  ret i32 %r
}
;; target
declare i32 @g(i32)
define i32 @f(i32 %x) {
  %r = musttail call i32 @g(i32 %x)
  ret i32 %r
}

;; pair: target adds willreturn to a function whose callee may not return
;; expect: wrong
;; source
declare void @g()
define void @f() {
  call void @g()
  ret void
}
;; target
declare void @g()
define void @f() willreturn nounwind {
  call void @g()
  ret void
}

;; pair: target adds nofree to a function that calls an unknown function
;; expect: wrong
;; source
declare void @g(ptr)
define void @f(ptr %p) {
  call void @g(ptr %p)
  ret void
}
;; target
declare void @g(ptr)
define void @f(ptr %p) nofree {
  call void @g(ptr %p)
  ret void
}

;; pair: target adds nosync to a function that calls an unknown function
;; expect: wrong
;; source
declare void @g()
define void @f() {
  call void @g()
  ret void
}
;; target
declare void @g()
define void @f() nosync {
  call void @g()
  ret void
}

;; pair: target call site adds readnone on an argument the source passes plainly
;; expect: wrong
;; source
declare void @g(ptr)
define void @f(ptr %p) {
  call void @g(ptr %p)
  ret void
}
;; target
declare void @g(ptr)
define void @f(ptr %p) {
  call void @g(ptr readnone %p)
  ret void
}

;; pair: target call site copies a readonly argument attribute from another source call site of the same callee
;; expect: wrong
;; source
declare void @g(ptr, ptr)
define i32 @f(ptr %p, ptr %q) {
  call void @g(ptr readonly %p, ptr %q)
  %v = load i32, ptr %q
  call void @g(ptr %q, ptr %p)
  %w = load i32, ptr %q
  %r = sub i32 %w, %v
  ret i32 %r
}
;; target
declare void @g(ptr, ptr)
define i32 @f(ptr %p, ptr %q) {
  call void @g(ptr readonly %p, ptr %q)
  %v = load i32, ptr %q
  call void @g(ptr readonly %q, ptr %p)
  %w = load i32, ptr %q
  %r = sub i32 %w, %v
  ret i32 %r
}

;; pair: target call site copies memory(none) from another source call site of the same callee, result reused
;; expect: wrong
;; source
declare i32 @g(i32)
define i32 @f(i32 %x) {
  %a = call i32 @g(i32 0) memory(none)
  %b = call i32 @g(i32 %x)
  %c = call i32 @g(i32 %x)
  %r = sub i32 %b, %c
  ret i32 %r
}
;; target
declare i32 @g(i32)
define i32 @f(i32 %x) {
  %a = call i32 @g(i32 0) memory(none)
  %b = call i32 @g(i32 %x) memory(none)
  %c = call i32 @g(i32 %x) memory(none)
  ret i32 0
}

;; pair: target call site copies willreturn nounwind from another call site and drops the code after a second call
;; expect: wrong
;; source
declare void @g(i32)
define void @f(ptr %p) {
  call void @g(i32 0) willreturn nounwind
  call void @g(i32 1)
  store i32 1, ptr %p
  ret void
}
;; target
declare void @g(i32)
define void @f(ptr %p) {
  call void @g(i32 0) willreturn nounwind
  store i32 1, ptr %p
  call void @g(i32 1) willreturn nounwind
  ret void
}
