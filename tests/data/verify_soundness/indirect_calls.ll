; calls through function pointers and function addresses as values: an indirect call is a call to one unknown
; external function whose pointer is compared like an argument; a function address is not null (unless extern_weak).

;; pair: an indirect call kept while its argument is simplified
;; expect: proved
;; source
define i32 @f(ptr %fp, i32 %x) {
  %a = add i32 %x, 0
  %r = call i32 %fp(i32 %a)
  ret i32 %r
}
;; target
define i32 @f(ptr %fp, i32 %x) {
  %r = call i32 %fp(i32 %x)
  ret i32 %r
}
;; pair: an indirect call's argument changed
;; expect: refuted
;; source
define i32 @f(ptr %fp, i32 %x) {
  %r = call i32 %fp(i32 %x)
  ret i32 %r
}
;; target
define i32 @f(ptr %fp, i32 %x) {
  %a = add i32 %x, 1
  %r = call i32 %fp(i32 %a)
  ret i32 %r
}
;; pair: the target calls another function pointer
;; expect: refuted
;; source
define i32 @f(ptr %fp, ptr %gp, i32 %x) {
  %r = call i32 %fp(i32 %x)
  ret i32 %r
}
;; target
define i32 @f(ptr %fp, ptr %gp, i32 %x) {
  %r = call i32 %gp(i32 %x)
  ret i32 %r
}
;; pair: an indirect call removed (it may write memory or not return)
;; expect: refuted
;; source
define i32 @f(ptr %fp, i32 %x) {
  call void %fp()
  ret i32 %x
}
;; target
define i32 @f(ptr %fp, i32 %x) {
  ret i32 %x
}
;; pair: a load moved across an indirect call (the callee may write memory)
;; expect: refuted
;; source
define i32 @f(ptr %fp, ptr %p) {
  call void %fp()
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
define i32 @f(ptr %fp, ptr %p) {
  %v = load i32, ptr %p
  call void %fp()
  ret i32 %v
}
;; pair: two indirect calls swapped
;; expect: refuted
;; source
define void @f(ptr %fp, ptr %gp) {
  call void %fp()
  call void %gp()
  ret void
}
;; target
define void @f(ptr %fp, ptr %gp) {
  call void %gp()
  call void %fp()
  ret void
}
;; pair: the target adds nounwind memory(none) to an indirect call site
;; expect: wrong
;; source
define i32 @f(ptr %fp, ptr %p) {
  %v = call i32 %fp()
  %w = load i32, ptr %p
  %s = add i32 %v, %w
  ret i32 %s
}
;; target
define i32 @f(ptr %fp, ptr %p) {
  %w = load i32, ptr %p
  %v = call i32 %fp() #0
  %s = add i32 %v, %w
  ret i32 %s
}
attributes #0 = { nounwind willreturn memory(none) }
;; pair: a function's address passed to an external call
;; expect: proved
;; source
declare void @qsort(ptr, i64, i64, ptr)
define internal i32 @cmp(ptr %a, ptr %b) {
  ret i32 0
}
define void @f(ptr %p, i64 %n) {
  %m = mul i64 %n, 1
  call void @qsort(ptr %p, i64 %m, i64 4, ptr @cmp)
  ret void
}
;; target
declare void @qsort(ptr, i64, i64, ptr)
define internal i32 @cmp(ptr %a, ptr %b) {
  ret i32 0
}
define void @f(ptr %p, i64 %n) {
  call void @qsort(ptr %p, i64 %n, i64 4, ptr @cmp)
  ret void
}
;; pair: another function's address passed instead
;; expect: refuted
;; source
declare void @qsort(ptr, i64, i64, ptr)
declare i32 @cmp(ptr, ptr)
declare i32 @cmp2(ptr, ptr)
define void @f(ptr %p, i64 %n) {
  call void @qsort(ptr %p, i64 %n, i64 4, ptr @cmp)
  ret void
}
;; target
declare void @qsort(ptr, i64, i64, ptr)
declare i32 @cmp(ptr, ptr)
declare i32 @cmp2(ptr, ptr)
define void @f(ptr %p, i64 %n) {
  call void @qsort(ptr %p, i64 %n, i64 4, ptr @cmp2)
  ret void
}
;; pair: a function's address is not null
;; expect: proved
;; source
declare void @g()
define i1 @f() {
  %c = icmp eq ptr @g, null
  ret i1 %c
}
;; target
declare void @g()
define i1 @f() {
  ret i1 false
}
;; pair: an extern_weak function's address may be null
;; expect: wrong
;; source
declare extern_weak void @g()
define i1 @f() {
  %c = icmp eq ptr @g, null
  ret i1 %c
}
;; target
declare extern_weak void @g()
define i1 @f() {
  ret i1 false
}
;; pair: calling a poison function pointer is UB: the source's UB lets the target return anything
;; expect: right
;; source
define i32 @f() {
  %r = call i32 poison()
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 7
}
;; pair: a function pointer stored and called back
;; expect: proved
;; source
define i32 @f(ptr %slot, i32 %x) {
  %fp = load ptr, ptr %slot
  %y = add i32 %x, 0
  %r = call i32 %fp(i32 %y)
  ret i32 %r
}
;; target
define i32 @f(ptr %slot, i32 %x) {
  %fp = load ptr, ptr %slot
  %r = call i32 %fp(i32 %x)
  ret i32 %r
}
;; pair: a function pointer returned where the source returns another
;; expect: refuted
;; source
declare void @g()
declare void @h()
define ptr @f() {
  ret ptr @g
}
;; target
declare void @g()
declare void @h()
define ptr @f() {
  ret ptr @h
}
;; pair: a select of two function pointers called, target branches
;; expect: proved
;; source
declare i32 @g(i32)
declare i32 @h(i32)
define i32 @f(i1 %c, i32 %x) {
  %fp = select i1 %c, ptr @g, ptr @h
  %r = call i32 %fp(i32 %x)
  ret i32 %r
}
;; target
declare i32 @g(i32)
declare i32 @h(i32)
define i32 @f(i1 %c, i32 %x) {
  %fp = select i1 %c, ptr @g, ptr @h
  %r = call i32 %fp(i32 %x)
  ret i32 %r
}
;; pair: a call through a local holding @g's address made direct (devirtualized)
;; expect: right
;; source
declare void @g(i32)
define void @f(i32 %x) {
  %slot = alloca ptr
  store ptr @g, ptr %slot
  %fp = load ptr, ptr %slot
  call void %fp(i32 %x)
  ret void
}
;; target
declare void @g(i32)
define void @f(i32 %x) {
  call void @g(i32 %x)
  ret void
}
;; pair: a call through an unknown pointer made a direct call to @g
;; expect: refuted
;; source
declare void @g(i32)
define void @f(ptr %fp, i32 %x) {
  call void %fp(i32 %x)
  ret void
}
;; target
declare void @g(i32)
define void @f(ptr %fp, i32 %x) {
  call void @g(i32 %x)
  ret void
}
;; pair: one of two calls to @g dropped beside an unused function pointer
;; expect: refuted
;; source
declare void @g(i32)
define void @f(ptr %fp, i32 %x) {
  call void @g(i32 %x)
  call void @g(i32 %x)
  ret void
}
;; target
declare void @g(i32)
define void @f(ptr %fp, i32 %x) {
  call void @g(i32 %x)
  ret void
}
;; pair: a varargs indirect call kept
;; expect: right
;; source
define i32 @f(ptr %fp, ptr %s, i32 %x) {
  %a = add i32 %x, 0
  %r = call i32 (ptr, ...) %fp(ptr %s, i32 %a)
  ret i32 %r
}
;; target
define i32 @f(ptr %fp, ptr %s, i32 %x) {
  %r = call i32 (ptr, ...) %fp(ptr %s, i32 %x)
  ret i32 %r
}
;; pair: a varargs indirect call with its vararg changed
;; expect: wrong
;; source
define i32 @f(ptr %fp, ptr %s, i32 %x) {
  %r = call i32 (ptr, ...) %fp(ptr %s, i32 %x)
  ret i32 %r
}
;; target
define i32 @f(ptr %fp, ptr %s, i32 %x) {
  %r = call i32 (ptr, ...) %fp(ptr %s, i32 0)
  ret i32 %r
}
;; pair: the indirect call's result used where the source returns a different call's result
;; expect: wrong
;; source
define i32 @f(ptr %fp) {
  %a = call i32 %fp()
  %b = call i32 %fp()
  ret i32 %b
}
;; target
define i32 @f(ptr %fp) {
  %a = call i32 %fp()
  %b = call i32 %fp()
  ret i32 %a
}
;; pair: the indirect call through a pointer loaded after a store is to the stored function
;; expect: proved
;; source
declare void @g()
define void @f(ptr %slot) {
  store ptr @g, ptr %slot
  %fp = load ptr, ptr %slot
  call void %fp()
  ret void
}
;; target
declare void @g()
define void @f(ptr %slot) {
  store ptr @g, ptr %slot
  %fp = load ptr, ptr %slot
  call void %fp()
  ret void
}
;; pair: a tail indirect call made musttail-free
;; expect: right
;; source
define i32 @f(ptr %fp, i32 %x) {
  %r = tail call i32 %fp(i32 %x)
  ret i32 %r
}
;; target
define i32 @f(ptr %fp, i32 %x) {
  %r = call i32 %fp(i32 %x)
  ret i32 %r
}
;; pair: an indirect call with a different return type view (i64 vs i32) changes what is compared
;; expect: wrong
;; source
define i32 @f(ptr %fp) {
  %r = call i32 %fp()
  ret i32 %r
}
;; target
define i32 @f(ptr %fp) {
  %r = call i64 %fp()
  %t = trunc i64 %r to i32
  ret i32 %t
}
;; pair: a function address compared with a global's address folded to false
;; expect: proved
;; source
@x = global i32 0
declare void @g()
define i1 @f() {
  %c = icmp eq ptr @g, @x
  ret i1 %c
}
;; target
@x = global i32 0
declare void @g()
define i1 @f() {
  ret i1 false
}
;; pair: a function address one past a global's end may be equal
;; expect: wrong
;; source
@x = global i32 0
declare void @g()
define i1 @f() {
  %e = getelementptr i8, ptr @x, i64 4
  %c = icmp eq ptr @g, %e
  ret i1 %c
}
;; target
@x = global i32 0
declare void @g()
define i1 @f() {
  ret i1 false
}
;; pair: a function address is not inside a global
;; expect: proved
;; source
@x = global [4 x i32] zeroinitializer
declare void @g()
define i1 @f() {
  %e = getelementptr i8, ptr @x, i64 8
  %c = icmp eq ptr @g, %e
  ret i1 %c
}
;; target
@x = global [4 x i32] zeroinitializer
declare void @g()
define i1 @f() {
  ret i1 false
}
