;; pair: externally_initialized global: load not folded to its initializer
;; expect: wrong
;; source
@g = externally_initialized global i32 5, align 4
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = externally_initialized global i32 5, align 4
define i32 @f() {
  ret i32 5
}

;; pair: externally_initialized constant global folded to its initializer
;; expect: wrong
;; source
@g = externally_initialized constant i32 5, align 4
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = externally_initialized constant i32 5, align 4
define i32 @f() {
  ret i32 5
}

;; pair: external constant declaration (no initializer) folded to 0
;; expect: wrong
;; source
@g = external constant i32, align 4
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = external constant i32, align 4
define i32 @f() {
  ret i32 0
}

;; pair: constant global: two loads around an external call merged
;; expect: proved
;; source
@g = constant i32 5, align 4
declare void @h()
define i32 @f() {
  %a = load i32, ptr @g, align 4
  call void @h()
  %b = load i32, ptr @g, align 4
  %s = add i32 %a, %b
  ret i32 %s
}
;; target
@g = constant i32 5, align 4
declare void @h()
define i32 @f() {
  call void @h()
  ret i32 10
}

;; pair: external constant declaration: loads around a call merged (memory is constant)
;; expect: right
;; source
@g = external constant i32, align 4
declare void @h()
define i32 @f() {
  %a = load i32, ptr @g, align 4
  call void @h()
  %b = load i32, ptr @g, align 4
  %s = sub i32 %a, %b
  ret i32 %s
}
;; target
@g = external constant i32, align 4
declare void @h()
define i32 @f() {
  call void @h()
  ret i32 0
}

;; pair: non-constant global: loads around an external call merged
;; expect: wrong
;; source
@g = global i32 5, align 4
declare void @h()
define i32 @f() {
  %a = load i32, ptr @g, align 4
  call void @h()
  %b = load i32, ptr @g, align 4
  %s = sub i32 %a, %b
  ret i32 %s
}
;; target
@g = global i32 5, align 4
declare void @h()
define i32 @f() {
  call void @h()
  ret i32 0
}

;; pair: type-punned load of a constant float global as i32
;; expect: proved
;; source
@g = constant float 1.0, align 4
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = constant float 1.0, align 4
define i32 @f() {
  ret i32 1065353216
}

;; pair: type-punned load of a constant [2 x i16] as i32 (little-endian)
;; expect: proved
;; source
@g = constant [2 x i16] [i16 1, i16 2], align 4
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = constant [2 x i16] [i16 1, i16 2], align 4
define i32 @f() {
  ret i32 131073
}

;; pair: type-punned load of a constant [2 x i16] as i32, target big-endian
;; expect: wrong
;; source
@g = constant [2 x i16] [i16 1, i16 2], align 4
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = constant [2 x i16] [i16 1, i16 2], align 4
define i32 @f() {
  ret i32 65538
}

;; pair: partially out-of-bounds load of a constant global (i32 from an i16) is UB
;; expect: right
;; source
@g = constant i16 1, align 4
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = constant i16 1, align 4
define i32 @f() {
  ret i32 12345
}

;; pair: load of an i16 at offset 1 of a constant i16 pair crosses elements
;; expect: proved
;; source
@g = constant [2 x i16] [i16 258, i16 772], align 2
define i16 @f() {
  %p = getelementptr i8, ptr @g, i64 1
  %v = load i16, ptr %p, align 1
  ret i16 %v
}
;; target
@g = constant [2 x i16] [i16 258, i16 772], align 2
define i16 @f() {
  ret i16 1025
}

;; pair: constant global with a pointer initializer: load through it reaches the pointee's value
;; expect: right
;; source
@x = constant i32 7, align 4
@p = constant ptr @x, align 8
define i32 @f() {
  %q = load ptr, ptr @p, align 8
  %v = load i32, ptr %q, align 4
  ret i32 %v
}
;; target
@x = constant i32 7, align 4
@p = constant ptr @x, align 8
define i32 @f() {
  ret i32 7
}

;; pair: constant global with a pointer initializer, target returns the wrong value
;; expect: wrong
;; source
@x = constant i32 7, align 4
@p = constant ptr @x, align 8
define i32 @f() {
  %q = load ptr, ptr @p, align 8
  %v = load i32, ptr %q, align 4
  ret i32 %v
}
;; target
@x = constant i32 7, align 4
@p = constant ptr @x, align 8
define i32 @f() {
  ret i32 8
}

;; pair: constant pointer global pointing to a non-constant global: load through it not foldable
;; expect: wrong
;; source
@x = global i32 7, align 4
@p = constant ptr @x, align 8
define i32 @f() {
  %q = load ptr, ptr @p, align 8
  %v = load i32, ptr %q, align 4
  ret i32 %v
}
;; target
@x = global i32 7, align 4
@p = constant ptr @x, align 8
define i32 @f() {
  ret i32 7
}

;; pair: constant pointer global pointing to a non-constant global: store through it is a store to @x
;; expect: right
;; source
@x = global i32 7, align 4
@p = constant ptr @x, align 8
define void @f() {
  %q = load ptr, ptr @p, align 8
  store i32 1, ptr %q, align 4
  ret void
}
;; target
@x = global i32 7, align 4
@p = constant ptr @x, align 8
define void @f() {
  store i32 1, ptr @x, align 4
  ret void
}

;; pair: constant pointer global with a gep initializer: load through @p reads @x[1]
;; expect: right
;; source
@x = constant [2 x i32] [i32 3, i32 4], align 4
@p = constant ptr getelementptr (i8, ptr @x, i64 4), align 8
define i32 @f() {
  %q = load ptr, ptr @p, align 8
  %v = load i32, ptr %q, align 4
  ret i32 %v
}
;; target
@x = constant [2 x i32] [i32 3, i32 4], align 4
@p = constant ptr getelementptr (i8, ptr @x, i64 4), align 8
define i32 @f() {
  ret i32 4
}

;; pair: constant pointer global with a gep initializer, target reads @x[0]
;; expect: wrong
;; source
@x = constant [2 x i32] [i32 3, i32 4], align 4
@p = constant ptr getelementptr (i8, ptr @x, i64 4), align 8
define i32 @f() {
  %q = load ptr, ptr @p, align 8
  %v = load i32, ptr %q, align 4
  ret i32 %v
}
;; target
@x = constant [2 x i32] [i32 3, i32 4], align 4
@p = constant ptr getelementptr (i8, ptr @x, i64 4), align 8
define i32 @f() {
  ret i32 3
}

;; pair: store to a constant global is UB even when storing its own value: target drops the rest
;; expect: right
;; source
@g = constant i32 5, align 4
declare void @h()
define void @f() {
  store i32 5, ptr @g, align 4
  call void @h()
  ret void
}
;; target
@g = constant i32 5, align 4
declare void @h()
define void @f() {
  unreachable
}

;; pair: store through an argument that may point to a constant global is not UB in general, target drops it
;; expect: wrong
;; source
@g = constant i32 5, align 4
define void @f(ptr %p) {
  store i32 6, ptr %p, align 4
  ret void
}
;; target
@g = constant i32 5, align 4
define void @f(ptr %p) {
  ret void
}

;; pair: zero-size global: a load from it is UB
;; expect: right
;; source
@z = global [0 x i8] zeroinitializer, align 4
define i32 @f() {
  %v = load i32, ptr @z, align 4
  ret i32 %v
}
;; target
@z = global [0 x i8] zeroinitializer, align 4
define i32 @f() {
  ret i32 9
}

;; pair: external global declared [0 x i8]: the object may be larger, a load from it is not UB
;; expect: wrong
;; source
@z = external global [0 x i8], align 4
define i32 @f() {
  %v = load i32, ptr @z, align 4
  ret i32 %v
}
;; target
@z = external global [0 x i8], align 4
define i32 @f() {
  ret i32 9
}

;; pair: a zero-size global and another global: comparing their addresses folded to false
;; expect: right
;; source
@z = global [0 x i8] zeroinitializer, align 4
@g = global i32 0, align 4
define i1 @f() {
  %c = icmp eq ptr @z, @g
  ret i1 %c
}
;; target
@z = global [0 x i8] zeroinitializer, align 4
@g = global i32 0, align 4
define i1 @f() {
  ret i1 false
}

;; pair: linkonce_odr non-constant global: load folded to its initializer (it may have been written)
;; expect: wrong
;; source
@g = linkonce_odr global i32 5, align 4
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = linkonce_odr global i32 5, align 4
define i32 @f() {
  ret i32 5
}

;; pair: common global: load folded to zero (it may have been written)
;; expect: wrong
;; source
@g = common global i32 0, align 4
define i32 @f() {
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = common global i32 0, align 4
define i32 @f() {
  ret i32 0
}

;; pair: private unnamed_addr constant string: strlen-like byte load folds
;; expect: proved
;; source
@s = private unnamed_addr constant [4 x i8] c"abc\00", align 1
define i8 @f() {
  %p = getelementptr inbounds [4 x i8], ptr @s, i64 0, i64 2
  %v = load i8, ptr %p, align 1
  ret i8 %v
}
;; target
@s = private unnamed_addr constant [4 x i8] c"abc\00", align 1
define i8 @f() {
  ret i8 99
}

;; pair: two unnamed_addr constants with the same content may be merged, so icmp eq may not fold to false (LLVM keeps it)
;; expect: refuted
;; source
@a = private unnamed_addr constant i32 1, align 4
@b = private unnamed_addr constant i32 1, align 4
define i1 @f() {
  %c = icmp eq ptr @a, @b
  ret i1 %c
}
;; target
@a = private unnamed_addr constant i32 1, align 4
@b = private unnamed_addr constant i32 1, align 4
define i1 @f() {
  ret i1 false
}

;; pair: thread_local global: two loads with no store in between merged
;; expect: proved
;; source
@t = thread_local global i32 0, align 4
define i32 @f() {
  %a = load i32, ptr @t, align 4
  %b = load i32, ptr @t, align 4
  %s = sub i32 %a, %b
  ret i32 %s
}
;; target
@t = thread_local global i32 0, align 4
define i32 @f() {
  ret i32 0
}

;; pair: a global with a section: store then load forwarded
;; expect: proved
;; source
@g = global i32 0, section ".mydata", align 4
define i32 @f() {
  store i32 3, ptr @g, align 4
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = global i32 0, section ".mydata", align 4
define i32 @f() {
  store i32 3, ptr @g, align 4
  ret i32 3
}

;; pair: a store to a global then a load from an argument: the argument may be the global
;; expect: wrong
;; source
@g = global i32 0, align 4
define i32 @f(ptr %p) {
  store i32 3, ptr @g, align 4
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
;; target
@g = global i32 0, align 4
define i32 @f(ptr %p) {
  %v = load i32, ptr %p, align 4
  store i32 3, ptr @g, align 4
  ret i32 %v
}

;; pair: a global alias with an offset: store through the alias changes the aliasee's byte 2
;; expect: right
;; source
@g = global i32 0, align 4
@a = alias i8, getelementptr (i8, ptr @g, i64 2)
define i32 @f() {
  store i32 0, ptr @g, align 4
  store i8 1, ptr @a, align 1
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = global i32 0, align 4
@a = alias i8, getelementptr (i8, ptr @g, i64 2)
define i32 @f() {
  store i32 65536, ptr @g, align 4
  ret i32 65536
}

;; pair: a global alias with an offset, target uses byte 1
;; expect: wrong
;; source
@g = global i32 0, align 4
@a = alias i8, getelementptr (i8, ptr @g, i64 2)
define i32 @f() {
  store i32 0, ptr @g, align 4
  store i8 1, ptr @a, align 1
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = global i32 0, align 4
@a = alias i8, getelementptr (i8, ptr @g, i64 2)
define i32 @f() {
  store i32 256, ptr @g, align 4
  ret i32 256
}

;; pair: a weak alias of a constant: the alias may be replaced at link time, load not foldable
;; expect: wrong
;; source
@g = constant i32 5, align 4
@a = weak alias i32, ptr @g
define i32 @f() {
  %v = load i32, ptr @a, align 4
  ret i32 %v
}
;; target
@g = constant i32 5, align 4
@a = weak alias i32, ptr @g
define i32 @f() {
  ret i32 5
}
