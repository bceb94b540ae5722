; malloc / calloc / free / realloc, byval, sret, noalias.

;; pair: a load moved after free of the same pointer (use after free)
;; expect: wrong
;; source
declare void @free(ptr)
define i32 @f(ptr %p) {
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}
;; target
declare void @free(ptr)
define i32 @f(ptr %p) {
  call void @free(ptr %p)
  %v = load i32, ptr %p
  ret i32 %v
}

;; pair: a store moved after free of the same pointer
;; expect: wrong
;; source
declare void @free(ptr)
define void @f(ptr %p, ptr %q) {
  store i32 1, ptr %q
  call void @free(ptr %p)
  ret void
}
;; target
declare void @free(ptr)
define void @f(ptr %p, ptr %q) {
  call void @free(ptr %p)
  store i32 1, ptr %q
  ret void
}

;; pair: free(p) called twice, target calls it once
;; expect: wrong
;; source
declare void @free(ptr)
define void @f(ptr %p, ptr %q) {
  call void @free(ptr %p)
  call void @free(ptr %q)
  ret void
}
;; target
declare void @free(ptr)
define void @f(ptr %p, ptr %q) {
  call void @free(ptr %p)
  ret void
}

;; pair: malloc result compared with null folded to false
;; expect: wrong
;; source
declare ptr @malloc(i64)
define i1 @f() {
  %m = call ptr @malloc(i64 4)
  %c = icmp eq ptr %m, null
  ret i1 %c
}
;; target
declare ptr @malloc(i64)
define i1 @f() {
  %m = call ptr @malloc(i64 4)
  ret i1 false
}

;; pair: a value stored into fresh malloc memory and reloaded
;; expect: right
;; source
declare ptr @malloc(i64)
define i32 @f() {
  %m = call ptr @malloc(i64 4)
  store i32 7, ptr %m
  %v = load i32, ptr %m
  ret i32 %v
}
;; target
declare ptr @malloc(i64)
define i32 @f() {
  %m = call ptr @malloc(i64 4)
  store i32 7, ptr %m
  ret i32 7
}

;; pair: calloc memory read as one
;; expect: wrong
;; source
declare ptr @calloc(i64, i64)
define i32 @f() {
  %m = call ptr @calloc(i64 1, i64 4)
  %v = load i32, ptr %m
  ret i32 %v
}
;; target
declare ptr @calloc(i64, i64)
define i32 @f() {
  %m = call ptr @calloc(i64 1, i64 4)
  ret i32 1
}

;; pair: realloc'd old pointer: target loads through the old pointer after realloc
;; expect: wrong
;; source
declare ptr @realloc(ptr, i64)
define i32 @f(ptr %p) {
  %v = load i32, ptr %p
  %n = call ptr @realloc(ptr %p, i64 8)
  ret i32 %v
}
;; target
declare ptr @realloc(ptr, i64)
define i32 @f(ptr %p) {
  %n = call ptr @realloc(ptr %p, i64 8)
  %v = load i32, ptr %p
  ret i32 %v
}

;; pair: a store through a byval parameter is invisible to the caller, target drops it
;; expect: right
;; source
define void @f(ptr byval(i32) %p) {
  store i32 1, ptr %p
  ret void
}
;; target
define void @f(ptr byval(i32) %p) {
  ret void
}

;; pair: a byval copy does not alias another pointer argument
;; expect: right
;; source
define i32 @f(ptr byval(i32) %p, ptr %q) {
  %a = load i32, ptr %p
  store i32 5, ptr %q
  %b = load i32, ptr %p
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
define i32 @f(ptr byval(i32) %p, ptr %q) {
  store i32 5, ptr %q
  ret i32 0
}

;; pair: a byval parameter's bytes beyond its type are out of bounds, target reads 4 bytes past it
;; expect: wrong
;; source
define i32 @f(ptr byval(i32) %p) {
  ret i32 0
}
;; target
define i32 @f(ptr byval(i32) %p) {
  %q = getelementptr i8, ptr %p, i64 4
  %v = load i32, ptr %q
  %z = and i32 %v, 0
  ret i32 %z
}

;; pair: a store through an sret pointer removed
;; expect: wrong
;; source
define void @f(ptr sret(i32) %p) {
  store i32 3, ptr %p
  ret void
}
;; target
define void @f(ptr sret(i32) %p) {
  ret void
}

;; pair: two noalias parameters: a store through one does not change the other
;; expect: right
;; source
define i32 @f(ptr noalias %p, ptr noalias %q) {
  %a = load i32, ptr %p
  store i32 5, ptr %q
  %b = load i32, ptr %p
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
define i32 @f(ptr noalias %p, ptr noalias %q) {
  store i32 5, ptr %q
  ret i32 0
}

;; pair: target adds noalias to two parameters that may alias
;; expect: wrong
;; source
define i32 @f(ptr %p, ptr %q) {
  %a = load i32, ptr %p
  store i32 5, ptr %q
  %b = load i32, ptr %p
  ret i32 %b
}
;; target
define i32 @f(ptr noalias %p, ptr noalias %q) {
  %a = load i32, ptr %p
  store i32 5, ptr %q
  %b = load i32, ptr %p
  ret i32 %b
}

;; pair: target adds noalias to a call result
;; expect: wrong
;; source
declare ptr @mk()
define ptr @f() {
  %m = call ptr @mk()
  ret ptr %m
}
;; target
declare ptr @mk()
define ptr @f() {
  %m = call noalias ptr @mk()
  ret ptr %m
}
