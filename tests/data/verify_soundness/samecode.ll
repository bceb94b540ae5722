; the "identical function text" shortcut: module-level context that the function text does not name.

;; pair: identical function reading through a constant pointer global whose pointee's initializer changed
;; expect: wrong
;; source
@g1 = internal constant i32 1
@p = internal constant ptr @g1
define i32 @f() {
  %q = load ptr, ptr @p
  %v = load i32, ptr %q
  ret i32 %v
}
;; target
@g1 = internal constant i32 2
@p = internal constant ptr @g1
define i32 @f() {
  %q = load ptr, ptr @p
  %v = load i32, ptr %q
  ret i32 %v
}

;; pair: identical function loading through a global alias whose aliasee changed
;; expect: wrong
;; source
@g1 = internal constant i32 1
@g2 = internal constant i32 2
@a = internal alias i32, ptr @g1
define i32 @f() {
  %v = load i32, ptr @a
  ret i32 %v
}
define i32 @use() {
  %v = load i32, ptr @g2
  ret i32 %v
}
;; target
@g1 = internal constant i32 1
@g2 = internal constant i32 2
@a = internal alias i32, ptr @g2
define i32 @f() {
  %v = load i32, ptr @a
  ret i32 %v
}
define i32 @use() {
  %v = load i32, ptr @g2
  ret i32 %v
}

;; pair: identical function calling a defined callee whose body changed (callee checked on its own)
;; expect: wrong
;; source
define internal i32 @h() {
  ret i32 1
}
define i32 @f() {
  %r = call i32 @h()
  ret i32 %r
}
;; target
define internal i32 @h() {
  ret i32 2
}
define i32 @f() {
  %r = call i32 @h()
  ret i32 %r
}

;; pair: identical function, the struct type it loads changed layout (named type redefined)
;; expect: wrong
;; source
%T = type { i8, i32 }
define i32 @f(ptr %p) {
  %q = getelementptr %T, ptr %p, i64 0, i32 1
  %v = load i32, ptr %q, align 1
  ret i32 %v
}
;; target
%T = type <{ i8, i32 }>
define i32 @f(ptr %p) {
  %q = getelementptr %T, ptr %p, i64 0, i32 1
  %v = load i32, ptr %q, align 1
  ret i32 %v
}

;; pair: identical function using a global whose alignment changed
;; expect: right
;; source
@g = global i32 0, align 4
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = global i32 0, align 8
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}

;; pair: identical function text; target's module makes the external callee a defined function that returns 0
;; expect: wrong
;; source
declare i32 @h()
define i32 @f() {
  %r = call i32 @h()
  ret i32 %r
}
;; target
define i32 @h() {
  ret i32 0
}
define i32 @f() {
  %r = call i32 @h()
  ret i32 %r
}
