; calls to memory(none) functions: speculation with speculatable willreturn, CSE across paths, poison arguments.

;; pair: a memory(none) willreturn call, extra call in the target with a poison-free argument on the same path
;; expect: right
;; source
declare i32 @g(i32) memory(none) nounwind willreturn
define i32 @f(i32 noundef %x, i32 noundef %y) {
  %a = call i32 @g(i32 %x)
  %b = call i32 @g(i32 %y)
  %r = add i32 %a, %b
  ret i32 %r
}
;; target
declare i32 @g(i32) memory(none) nounwind willreturn
define i32 @f(i32 noundef %x, i32 noundef %y) {
  %b = call i32 @g(i32 %y)
  %a = call i32 @g(i32 %x)
  %r = add i32 %a, %b
  ret i32 %r
}

;; pair: two calls of a memory(none) function with the same poison argument: results may be CSEd
;; expect: right
;; source
declare i32 @g(i32) memory(none) nounwind willreturn
define i32 @f() {
  %a = call i32 @g(i32 poison)
  %b = call i32 @g(i32 poison)
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
declare i32 @g(i32) memory(none) nounwind willreturn
define i32 @f() {
  %a = call i32 @g(i32 poison)
  ret i32 0
}

;; pair: a memory(none) call result through a phi: calls on both paths with the same argument merged
;; expect: right
;; source
declare i32 @g(i32) memory(none) nounwind willreturn
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  br i1 %c, label %a, label %b
a:
  %r1 = call i32 @g(i32 %x)
  br label %m
b:
  %r2 = call i32 @g(i32 %x)
  br label %m
m:
  %p = phi i32 [ %r1, %a ], [ %r2, %b ]
  ret i32 %p
}
;; target
declare i32 @g(i32) memory(none) nounwind willreturn
define i32 @f(i1 noundef %c, i32 %x) {
entry:
  %p = call i32 @g(i32 %x)
  ret i32 %p
}

;; pair: memory(none) call results through a phi, target calls with the argument of the other path
;; expect: wrong
;; source
declare i32 @g(i32) memory(none) nounwind willreturn
define i32 @f(i1 noundef %c, i32 noundef %x, i32 noundef %y) {
entry:
  br i1 %c, label %a, label %b
a:
  %r1 = call i32 @g(i32 %x)
  br label %m
b:
  %r2 = call i32 @g(i32 %y)
  br label %m
m:
  %p = phi i32 [ %r1, %a ], [ %r2, %b ]
  ret i32 %p
}
;; target
declare i32 @g(i32) memory(none) nounwind willreturn
define i32 @f(i1 noundef %c, i32 noundef %x, i32 noundef %y) {
entry:
  %s = select i1 %c, i32 %y, i32 %x
  %p = call i32 @g(i32 %s)
  ret i32 %p
}

;; pair: memory(none) call results through a phi, target calls once with a select of the arguments
;; expect: right
;; source
declare i32 @g(i32) memory(none) nounwind willreturn
define i32 @f(i1 noundef %c, i32 noundef %x, i32 noundef %y) {
entry:
  br i1 %c, label %a, label %b
a:
  %r1 = call i32 @g(i32 %x)
  br label %m
b:
  %r2 = call i32 @g(i32 %y)
  br label %m
m:
  %p = phi i32 [ %r1, %a ], [ %r2, %b ]
  ret i32 %p
}
;; target
declare i32 @g(i32) memory(none) nounwind willreturn
define i32 @f(i1 noundef %c, i32 noundef %x, i32 noundef %y) {
entry:
  %s = select i1 %c, i32 %x, i32 %y
  %p = call i32 @g(i32 %s)
  ret i32 %p
}

;; pair: a memory(none) call with an undef argument: two calls with the undef register may see different values
;; expect: wrong
;; source
declare i32 @g(i32) memory(none) nounwind willreturn
define i32 @f(i32 %x) {
  %a = call i32 @g(i32 %x)
  %b = call i32 @g(i32 %x)
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
declare i32 @g(i32) memory(none) nounwind willreturn
define i32 @f(i32 %x) {
  %a = call i32 @g(i32 %x)
  %b = call i32 @g(i32 %x)
  %r = sub i32 %a, %b
  %r2 = add i32 %r, 1
  ret i32 %r2
}
