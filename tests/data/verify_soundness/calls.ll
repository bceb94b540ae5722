; calls to external functions: unwinding, attributes, hoisting/sinking/duplicating.

;; pair: target adds nounwind to a function whose callee may unwind
;; expect: wrong
;; source
declare void @g()
define void @f() {
  call void @g()
  ret void
}
;; target
declare void @g()
define void @f() nounwind {
  call void @g()
  ret void
}

;; pair: target marks a call to a function that may unwind nounwind
;; expect: wrong
;; source
declare void @g()
define void @f() {
  call void @g()
  ret void
}
;; target
declare void @g()
define void @f() {
  call void @g() nounwind
  ret void
}

;; pair: target adds mustprogress to a function whose callee may loop forever silently
;; expect: wrong
;; source
declare void @g()
define void @f() {
  call void @g()
  ret void
}
;; target
declare void @g()
define void @f() mustprogress {
  call void @g()
  ret void
}

;; pair: a store sunk below a call that may unwind (nounwind only on the caller side is unknown)
;; expect: wrong
;; source
declare void @g() willreturn
define void @f(ptr %p) {
  store i32 1, ptr %p
  call void @g()
  ret void
}
;; target
declare void @g() willreturn
define void @f(ptr %p) {
  call void @g()
  store i32 1, ptr %p
  ret void
}

;; pair: a load hoisted above a call that may not return
;; expect: wrong
;; source
declare void @g()
define i32 @f(ptr %p) {
  call void @g() memory(none)
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
declare void @g()
define i32 @f(ptr %p) {
  %v = load i32, ptr %p
  call void @g() memory(none)
  ret i32 %v
}

;; pair: a load sunk below a call (the load's UB came first in the source)
;; expect: right
;; source
declare void @g() memory(none)
define i32 @f(ptr %p) {
  %v = load i32, ptr %p
  call void @g()
  ret i32 %v
}
;; target
declare void @g() memory(none)
define i32 @f(ptr %p) {
  call void @g()
  %v = load i32, ptr %p
  ret i32 %v
}

;; pair: a load of a global moved across a call that only reads its argument
;; expect: right
;; source
@G = global i32 0
declare void @g(ptr) nounwind willreturn memory(argmem: read)
define i32 @f(ptr %p) {
  %v0 = load i32, ptr @G
  call void @g(ptr %p)
  %v = load i32, ptr @G
  %r = sub i32 %v, %v0
  ret i32 %r
}
;; target
@G = global i32 0
declare void @g(ptr) nounwind willreturn memory(argmem: read)
define i32 @f(ptr %p) {
  call void @g(ptr %p)
  ret i32 0
}

;; pair: a load through a second argument reused across a call that may write through the first (they may alias)
;; expect: wrong
;; source
declare void @g(ptr) nounwind willreturn memory(argmem: readwrite)
define i32 @f(ptr %p, ptr %q) {
  %v0 = load i32, ptr %q
  call void @g(ptr %p)
  %v = load i32, ptr %q
  %r = sub i32 %v, %v0
  ret i32 %r
}
;; target
declare void @g(ptr) nounwind willreturn memory(argmem: readwrite)
define i32 @f(ptr %p, ptr %q) {
  %v0 = load i32, ptr %q
  call void @g(ptr %p)
  ret i32 0
}

;; pair: a stored value forwarded across a call given the pointer as a readonly parameter (it may write through an alias)
;; expect: wrong
;; source
@G = global ptr null
declare void @g(ptr readonly)
define i32 @f(ptr %p) {
  store i32 1, ptr %p
  call void @g(ptr %p)
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
@G = global ptr null
declare void @g(ptr readonly)
define i32 @f(ptr %p) {
  store i32 1, ptr %p
  call void @g(ptr %p)
  ret i32 1
}

;; pair: a load moved across a call that touches only inaccessible memory
;; expect: right
;; source
declare void @g() nounwind willreturn memory(inaccessiblemem: readwrite)
define i32 @f(ptr %p) {
  %a = load i32, ptr %p
  call void @g()
  %b = load i32, ptr %p
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
declare void @g() nounwind willreturn memory(inaccessiblemem: readwrite)
define i32 @f(ptr %p) {
  %a = load i32, ptr %p
  call void @g()
  ret i32 0
}

;; pair: one call to an external function duplicated on both arms of a branch (same count on each path)
;; expect: proved
;; source
declare i32 @g(i32)
define i32 @f(i1 noundef %c, i32 %x) {
  %r = call i32 @g(i32 %x)
  br i1 %c, label %a, label %b
a:
  %r1 = add i32 %r, 1
  ret i32 %r1
b:
  ret i32 %r
}
;; target
declare i32 @g(i32)
define i32 @f(i1 noundef %c, i32 %x) {
  br i1 %c, label %a, label %b
a:
  %ra = call i32 @g(i32 %x)
  %r1 = add i32 %ra, 1
  ret i32 %r1
b:
  %rb = call i32 @g(i32 %x)
  ret i32 %rb
}

;; pair: a call sunk into one arm only
;; expect: wrong
;; source
declare i32 @g(i32)
define i32 @f(i1 %c, i32 %x) {
  %r = call i32 @g(i32 %x)
  br i1 %c, label %a, label %b
a:
  ret i32 %r
b:
  ret i32 0
}
;; target
declare i32 @g(i32)
define i32 @f(i1 %c, i32 %x) {
  br i1 %c, label %a, label %b
a:
  %ra = call i32 @g(i32 %x)
  ret i32 %ra
b:
  ret i32 0
}

;; pair: two calls to different functions swapped
;; expect: wrong
;; source
declare void @g()
declare void @h()
define void @f() {
  call void @g()
  call void @h()
  ret void
}
;; target
declare void @g()
declare void @h()
define void @f() {
  call void @h()
  call void @g()
  ret void
}

;; pair: two calls to different memory(none) willreturn nounwind functions swapped
;; expect: right
;; source
declare i32 @g(i32) memory(none) willreturn nounwind
declare i32 @h(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  %a = call i32 @g(i32 %x)
  %b = call i32 @h(i32 %x)
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
declare i32 @g(i32) memory(none) willreturn nounwind
declare i32 @h(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  %b = call i32 @h(i32 %x)
  %a = call i32 @g(i32 %x)
  %r = sub i32 %a, %b
  ret i32 %r
}

;; pair: the result of a call to a noreturn function used: code after it removed and replaced by unreachable
;; expect: proved
;; source
declare void @g() noreturn
define i32 @f(ptr %p) {
  call void @g()
  store i32 1, ptr %p
  ret i32 7
}
;; target
declare void @g() noreturn
define i32 @f(ptr %p) {
  call void @g()
  unreachable
}

;; pair: a call to a noreturn function removed because it is followed by unreachable
;; expect: wrong
;; source
declare void @g() noreturn
define void @f(i1 %c) {
  br i1 %c, label %a, label %b
a:
  call void @g()
  unreachable
b:
  ret void
}
;; target
declare void @g() noreturn
define void @f(i1 %c) {
  ret void
}

;; pair: returned attribute on the callee's parameter: the result is the argument
;; expect: right
;; source
declare ptr @g(ptr returned)
define i32 @f(ptr noundef %p) {
  %r = call ptr @g(ptr %p)
  %v = load i32, ptr %r
  ret i32 %v
}
;; target
declare ptr @g(ptr returned)
define i32 @f(ptr noundef %p) {
  %r = call ptr @g(ptr %p)
  %v = load i32, ptr %p
  ret i32 %v
}

;; pair: returned attribute on the callee's parameter: target returns another value than the argument
;; expect: wrong
;; source
declare i32 @g(i32 returned)
define i32 @f(i32 %x) {
  %r = call i32 @g(i32 %x)
  ret i32 %r
}
;; target
declare i32 @g(i32 returned)
define i32 @f(i32 %x) {
  %r = call i32 @g(i32 %x)
  %y = add i32 %x, 1
  ret i32 %y
}
