; global variables: linkage, constness, unnamed_addr, initializers, sizes.

;; pair: a load of a non-constant internal global folded to its initializer (it may have been written before)
;; expect: wrong
;; source
@g = internal global i32 5
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
define void @set(i32 %x) {
  store i32 %x, ptr @g
  ret void
}
;; target
@g = internal global i32 5
define i32 @f() {
  ret i32 5
}
define void @set(i32 %x) {
  store i32 %x, ptr @g
  ret void
}

;; pair: a load of a constant internal global folded to its initializer
;; expect: proved
;; source
@g = internal constant i32 5
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = internal constant i32 5
define i32 @f() {
  ret i32 5
}

;; pair: a load of a constant global beyond its initializer's size is UB, target returns 0
;; expect: proved
;; source
@g = internal constant i32 5
define i32 @f() {
  %q = getelementptr i8, ptr @g, i64 4
  %v = load i32, ptr %q
  ret i32 %v
}
;; target
@g = internal constant i32 5
define i32 @f() {
  ret i32 0
}

;; pair: a store to a constant global is UB, target returns anything
;; expect: right
;; source
@g = internal constant i32 5
define i32 @f() {
  store i32 1, ptr @g
  ret i32 0
}
;; target
@g = internal constant i32 5
define i32 @f() {
  ret i32 9
}

;; pair: a byte of a constant i32 global read as its little-endian low byte
;; expect: proved
;; source
@g = private unnamed_addr constant i32 258
define i8 @f() {
  %v = load i8, ptr @g
  ret i8 %v
}
;; target
@g = private unnamed_addr constant i32 258
define i8 @f() {
  ret i8 2
}

;; pair: a byte of a constant i32 global read as its high byte
;; expect: wrong
;; source
@g = private unnamed_addr constant i32 258
define i8 @f() {
  %v = load i8, ptr @g
  ret i8 %v
}
;; target
@g = private unnamed_addr constant i32 258
define i8 @f() {
  ret i8 0
}

;; pair: a store to a global then a load from another global: distinct objects do not alias
;; expect: proved
;; source
@a = global i32 0
@b = global i32 0
define i32 @f() {
  %x = load i32, ptr @b
  store i32 1, ptr @a
  %y = load i32, ptr @b
  %r = sub i32 %x, %y
  ret i32 %r
}
;; target
@a = global i32 0
@b = global i32 0
define i32 @f() {
  store i32 1, ptr @a
  ret i32 0
}

;; pair: a store to an argument may change a global
;; expect: wrong
;; source
@b = global i32 0
define i32 @f(ptr %p) {
  %x = load i32, ptr @b
  store i32 1, ptr %p
  %y = load i32, ptr @b
  %r = sub i32 %x, %y
  ret i32 %r
}
;; target
@b = global i32 0
define i32 @f(ptr %p) {
  store i32 1, ptr %p
  ret i32 0
}

;; pair: target stores to a global the source only reads
;; expect: wrong
;; source
@g = global i32 0
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = global i32 0
define i32 @f() {
  %v = load i32, ptr @g
  store i32 %v, ptr @g
  ret i32 %v
}

;; pair: a global's address compared with null folded to false
;; expect: proved
;; source
@g = global i32 0
define i1 @f() {
  %c = icmp eq ptr @g, null
  ret i1 %c
}
;; target
@g = global i32 0
define i1 @f() {
  ret i1 false
}

;; pair: an extern_weak global's address compared with null folded to false
;; expect: wrong
;; source
@g = extern_weak global i32
define i1 @f() {
  %c = icmp eq ptr @g, null
  ret i1 %c
}
;; target
@g = extern_weak global i32
define i1 @f() {
  ret i1 false
}

;; pair: a load from a weak non-constant global with an initializer folded to the initializer
;; expect: wrong
;; source
@g = weak global i32 3
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = weak global i32 3
define i32 @f() {
  ret i32 3
}

;; pair: a load from an available_externally constant folded to its initializer
;; expect: right
;; source
@g = available_externally constant i32 3
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = available_externally constant i32 3
define i32 @f() {
  ret i32 3
}

;; pair: the second element of a constant array global via a gep constant expression
;; expect: proved
;; source
@t = internal constant [3 x i16] [i16 1, i16 2, i16 3]
define i16 @f() {
  %v = load i16, ptr getelementptr inbounds ([3 x i16], ptr @t, i64 0, i64 2)
  ret i16 %v
}
;; target
@t = internal constant [3 x i16] [i16 1, i16 2, i16 3]
define i16 @f() {
  ret i16 3
}

;; pair: the second element of a constant array global folded to the wrong element
;; expect: wrong
;; source
@t = internal constant [3 x i16] [i16 1, i16 2, i16 3]
define i16 @f() {
  %v = load i16, ptr getelementptr inbounds ([3 x i16], ptr @t, i64 0, i64 2)
  ret i16 %v
}
;; target
@t = internal constant [3 x i16] [i16 1, i16 2, i16 3]
define i16 @f() {
  ret i16 2
}

;; pair: a constant global initializer changed in the target while the function is unchanged
;; expect: wrong
;; source
@g = internal constant i32 5
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = internal constant i32 6
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}

;; pair: a declared callee's attributes changed in the target while the function text is unchanged
;; expect: wrong
;; source
declare i32 @g(i32)
define i32 @f(i32 %x) {
  %a = call i32 @g(i32 %x)
  ret i32 %a
}
;; target
declare i32 @g(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  %a = call i32 @g(i32 %x)
  ret i32 %a
}

;; pair: a global referred to through a constant inttoptr of ptrtoint
;; expect: right
;; source
@g = global i32 0
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = global i32 0
define i32 @f() {
  %v = load i32, ptr inttoptr (i64 ptrtoint (ptr @g to i64) to ptr)
  ret i32 %v
}
