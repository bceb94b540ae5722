;; pair: memory(argmem: write) call with @y: @x's value forwarded
;; expect: right
;; source
@x = global i32 0, align 4
@y = global i32 0, align 4
declare void @g(ptr) memory(argmem: write) willreturn nounwind
define i32 @f() {
  store i32 5, ptr @x, align 4
  call void @g(ptr @y)
  %v = load i32, ptr @x, align 4
  ret i32 %v
}
;; target
@x = global i32 0, align 4
@y = global i32 0, align 4
declare void @g(ptr) memory(argmem: write) willreturn nounwind
define i32 @f() {
  store i32 5, ptr @x, align 4
  call void @g(ptr @y)
  ret i32 5
}

;; pair: memory(argmem: write) call with no pointer args: @x forwarded
;; expect: right
;; source
@x = global i32 0, align 4
declare void @g(i32) memory(argmem: write) willreturn nounwind
define i32 @f() {
  store i32 5, ptr @x, align 4
  call void @g(i32 1)
  %v = load i32, ptr @x, align 4
  ret i32 %v
}
;; target
@x = global i32 0, align 4
declare void @g(i32) memory(argmem: write) willreturn nounwind
define i32 @f() {
  store i32 5, ptr @x, align 4
  call void @g(i32 1)
  ret i32 5
}

;; pair: memory(argmem: readwrite) call with p: q's value forwarded (q may alias p -> wrong)
;; expect: wrong
;; source
declare void @g(ptr) memory(argmem: readwrite) willreturn nounwind
define i32 @f(ptr %p, ptr %q) {
  store i32 5, ptr %q, align 4
  call void @g(ptr %p)
  %v = load i32, ptr %q, align 4
  ret i32 %v
}
;; target
declare void @g(ptr) memory(argmem: readwrite) willreturn nounwind
define i32 @f(ptr %p, ptr %q) {
  store i32 5, ptr %q, align 4
  call void @g(ptr %p)
  ret i32 5
}
