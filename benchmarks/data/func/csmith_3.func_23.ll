; ModuleID = '/tmp/llmopt-split-noucloar/in.ll'
source_filename = "/tmp/tmps278s5nn/csmith_3.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%union.U0 = type { i32 }
%union.U1 = type { i32 }

@g_51 = external hidden global [10 x [4 x i32]], align 16
@g_130 = external hidden global i8, align 1
@g_159 = external hidden global i32, align 4
@g_176 = external hidden global %union.U0, align 4
@g_560 = external hidden global i8, align 1
@g_2116 = external hidden global i8, align 1
@g_2120 = external hidden global i32, align 4
@g_1004 = external hidden global ptr, align 8
@g_742 = external hidden global ptr, align 8
@g_1782 = external hidden global ptr, align 8
@g_1630 = external hidden global ptr, align 8
@g_1909 = external hidden global ptr, align 8
@g_368 = external hidden global ptr, align 8
@g_1827 = external hidden global ptr, align 8
@g_907 = external hidden global ptr, align 8
@g_1910 = external hidden global { i8, [7 x i8] }, align 8
@g_161 = external hidden global ptr, align 8
@g_1829 = external hidden global [5 x ptr], align 16
@__const.func_23.l_2117 = external hidden unnamed_addr constant [9 x i64], align 16
@__const.func_23.l_2414 = external hidden unnamed_addr constant %union.U1, align 4
@g_2214 = external hidden global ptr, align 8
@constinit.117 = external hidden constant [5 x ptr], align 8
@constinit.118 = external hidden constant [5 x ptr], align 8
@__const.func_23.l_2829 = external hidden unnamed_addr constant %union.U1, align 4
@g_1241 = external hidden global { i8, [7 x i8] }, align 8

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #0

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #0

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define hidden i32 @func_23(i16 noundef signext %0) #3 {
  %2 = alloca %union.U1, align 4
  %3 = alloca i16, align 2
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca [1 x [3 x ptr]], align 16
  %8 = alloca [9 x i64], align 16
  %9 = alloca ptr, align 8
  %10 = alloca [1 x ptr], align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca ptr, align 8
  %16 = alloca ptr, align 8
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  %19 = alloca ptr, align 8
  %20 = alloca ptr, align 8
  %21 = alloca i64, align 8
  %22 = alloca ptr, align 8
  %23 = alloca [4 x ptr], align 16
  %24 = alloca i32, align 4
  %25 = alloca i64, align 8
  %26 = alloca ptr, align 8
  %27 = alloca [6 x [7 x [5 x ptr]]], align 16
  %28 = alloca i8, align 1
  %29 = alloca i64, align 8
  %30 = alloca ptr, align 8
  %31 = alloca i64, align 8
  %32 = alloca i32, align 4
  %33 = alloca ptr, align 8
  %34 = alloca i32, align 4
  %35 = alloca %union.U1, align 4
  %36 = alloca i64, align 8
  %37 = alloca ptr, align 8
  %38 = alloca [3 x i32], align 4
  %39 = alloca ptr, align 8
  %40 = alloca [3 x [5 x ptr]], align 16
  %41 = alloca ptr, align 8
  %42 = alloca ptr, align 8
  %43 = alloca [1 x ptr], align 8
  %44 = alloca i8, align 1
  %45 = alloca i32, align 4
  %46 = alloca i32, align 4
  %47 = alloca i32, align 4
  store i16 %0, ptr %3, align 2, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %4) #4
  store ptr @g_1241, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #4
  store ptr @g_1910, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #4
  store ptr null, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 24, ptr %7) #4
  call void @llvm.lifetime.start.p0(i64 72, ptr %8) #4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %8, ptr align 16 @__const.func_23.l_2117, i64 72, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #4
  store ptr null, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #4
  call void @llvm.lifetime.start.p0(i64 8, ptr %11) #4
  store ptr @g_130, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %12) #4
  store ptr @g_159, ptr %12, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %13) #4
  store ptr @g_560, ptr %13, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %14) #4
  store ptr %5, ptr %14, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %15) #4
  store ptr %14, ptr %15, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %16) #4
  store ptr %15, ptr %16, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %17) #4
  store ptr %16, ptr %17, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %18) #4
  store ptr null, ptr %18, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %19) #4
  store ptr @g_176, ptr %19, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 @__const.func_23.l_2414, i64 4, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %20) #4
  store ptr getelementptr inbounds ([5 x ptr], ptr @g_1829, i64 0, i64 1), ptr %20, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %21) #4
  store i64 6, ptr %21, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %22) #4
  store ptr @g_2214, ptr %22, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 32, ptr %23) #4
  call void @llvm.lifetime.start.p0(i64 4, ptr %24) #4
  store i32 1, ptr %24, align 4, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 8, ptr %25) #4
  store i64 -857625099988680899, ptr %25, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %26) #4
  store ptr null, ptr %26, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 1680, ptr %27) #4
  store ptr %26, ptr %27, align 8, !tbaa !9
  %48 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %26, ptr %48, align 8, !tbaa !9
  %49 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %26, ptr %49, align 8, !tbaa !9
  %50 = getelementptr inbounds ptr, ptr %27, i64 3
  store ptr %26, ptr %50, align 8, !tbaa !9
  %51 = getelementptr inbounds ptr, ptr %27, i64 4
  store ptr null, ptr %51, align 8, !tbaa !9
  %52 = getelementptr inbounds [5 x ptr], ptr %27, i64 1
  store ptr %26, ptr %52, align 8, !tbaa !9
  %53 = getelementptr inbounds ptr, ptr %52, i64 1
  store ptr null, ptr %53, align 8, !tbaa !9
  %54 = getelementptr inbounds ptr, ptr %52, i64 2
  store ptr %26, ptr %54, align 8, !tbaa !9
  %55 = getelementptr inbounds ptr, ptr %52, i64 3
  store ptr %26, ptr %55, align 8, !tbaa !9
  %56 = getelementptr inbounds ptr, ptr %52, i64 4
  store ptr %26, ptr %56, align 8, !tbaa !9
  %57 = getelementptr inbounds [5 x ptr], ptr %27, i64 2
  store ptr %26, ptr %57, align 8, !tbaa !9
  %58 = getelementptr inbounds ptr, ptr %57, i64 1
  store ptr null, ptr %58, align 8, !tbaa !9
  %59 = getelementptr inbounds ptr, ptr %57, i64 2
  store ptr null, ptr %59, align 8, !tbaa !9
  %60 = getelementptr inbounds ptr, ptr %57, i64 3
  store ptr %26, ptr %60, align 8, !tbaa !9
  %61 = getelementptr inbounds ptr, ptr %57, i64 4
  store ptr %26, ptr %61, align 8, !tbaa !9
  %62 = getelementptr inbounds [5 x ptr], ptr %27, i64 3
  store ptr %26, ptr %62, align 8, !tbaa !9
  %63 = getelementptr inbounds ptr, ptr %62, i64 1
  store ptr %26, ptr %63, align 8, !tbaa !9
  %64 = getelementptr inbounds ptr, ptr %62, i64 2
  store ptr %26, ptr %64, align 8, !tbaa !9
  %65 = getelementptr inbounds ptr, ptr %62, i64 3
  store ptr %26, ptr %65, align 8, !tbaa !9
  %66 = getelementptr inbounds ptr, ptr %62, i64 4
  store ptr %26, ptr %66, align 8, !tbaa !9
  %67 = getelementptr inbounds [5 x ptr], ptr %27, i64 4
  store ptr %26, ptr %67, align 8, !tbaa !9
  %68 = getelementptr inbounds ptr, ptr %67, i64 1
  store ptr %26, ptr %68, align 8, !tbaa !9
  %69 = getelementptr inbounds ptr, ptr %67, i64 2
  store ptr null, ptr %69, align 8, !tbaa !9
  %70 = getelementptr inbounds ptr, ptr %67, i64 3
  store ptr %26, ptr %70, align 8, !tbaa !9
  %71 = getelementptr inbounds ptr, ptr %67, i64 4
  store ptr %26, ptr %71, align 8, !tbaa !9
  %72 = getelementptr inbounds [5 x ptr], ptr %27, i64 5
  store ptr %26, ptr %72, align 8, !tbaa !9
  %73 = getelementptr inbounds ptr, ptr %72, i64 1
  store ptr %26, ptr %73, align 8, !tbaa !9
  %74 = getelementptr inbounds ptr, ptr %72, i64 2
  store ptr null, ptr %74, align 8, !tbaa !9
  %75 = getelementptr inbounds ptr, ptr %72, i64 3
  store ptr %26, ptr %75, align 8, !tbaa !9
  %76 = getelementptr inbounds ptr, ptr %72, i64 4
  store ptr %26, ptr %76, align 8, !tbaa !9
  %77 = getelementptr inbounds [5 x ptr], ptr %27, i64 6
  store ptr %26, ptr %77, align 8, !tbaa !9
  %78 = getelementptr inbounds ptr, ptr %77, i64 1
  store ptr %26, ptr %78, align 8, !tbaa !9
  %79 = getelementptr inbounds ptr, ptr %77, i64 2
  store ptr null, ptr %79, align 8, !tbaa !9
  %80 = getelementptr inbounds ptr, ptr %77, i64 3
  store ptr %26, ptr %80, align 8, !tbaa !9
  %81 = getelementptr inbounds ptr, ptr %77, i64 4
  store ptr %26, ptr %81, align 8, !tbaa !9
  %82 = getelementptr inbounds [7 x [5 x ptr]], ptr %27, i64 1
  store ptr null, ptr %82, align 8, !tbaa !9
  %83 = getelementptr inbounds ptr, ptr %82, i64 1
  store ptr %26, ptr %83, align 8, !tbaa !9
  %84 = getelementptr inbounds ptr, ptr %82, i64 2
  store ptr %26, ptr %84, align 8, !tbaa !9
  %85 = getelementptr inbounds ptr, ptr %82, i64 3
  store ptr %26, ptr %85, align 8, !tbaa !9
  %86 = getelementptr inbounds ptr, ptr %82, i64 4
  store ptr null, ptr %86, align 8, !tbaa !9
  %87 = getelementptr inbounds [5 x ptr], ptr %82, i64 1
  store ptr null, ptr %87, align 8, !tbaa !9
  %88 = getelementptr inbounds ptr, ptr %87, i64 1
  store ptr %26, ptr %88, align 8, !tbaa !9
  %89 = getelementptr inbounds ptr, ptr %87, i64 2
  store ptr %26, ptr %89, align 8, !tbaa !9
  %90 = getelementptr inbounds ptr, ptr %87, i64 3
  store ptr %26, ptr %90, align 8, !tbaa !9
  %91 = getelementptr inbounds ptr, ptr %87, i64 4
  store ptr %26, ptr %91, align 8, !tbaa !9
  %92 = getelementptr inbounds [5 x ptr], ptr %82, i64 2
  store ptr %26, ptr %92, align 8, !tbaa !9
  %93 = getelementptr inbounds ptr, ptr %92, i64 1
  store ptr %26, ptr %93, align 8, !tbaa !9
  %94 = getelementptr inbounds ptr, ptr %92, i64 2
  store ptr null, ptr %94, align 8, !tbaa !9
  %95 = getelementptr inbounds ptr, ptr %92, i64 3
  store ptr %26, ptr %95, align 8, !tbaa !9
  %96 = getelementptr inbounds ptr, ptr %92, i64 4
  store ptr null, ptr %96, align 8, !tbaa !9
  %97 = getelementptr inbounds [5 x ptr], ptr %82, i64 3
  store ptr %26, ptr %97, align 8, !tbaa !9
  %98 = getelementptr inbounds ptr, ptr %97, i64 1
  store ptr %26, ptr %98, align 8, !tbaa !9
  %99 = getelementptr inbounds ptr, ptr %97, i64 2
  store ptr null, ptr %99, align 8, !tbaa !9
  %100 = getelementptr inbounds ptr, ptr %97, i64 3
  store ptr null, ptr %100, align 8, !tbaa !9
  %101 = getelementptr inbounds ptr, ptr %97, i64 4
  store ptr %26, ptr %101, align 8, !tbaa !9
  %102 = getelementptr inbounds [5 x ptr], ptr %82, i64 4
  store ptr null, ptr %102, align 8, !tbaa !9
  %103 = getelementptr inbounds ptr, ptr %102, i64 1
  store ptr null, ptr %103, align 8, !tbaa !9
  %104 = getelementptr inbounds ptr, ptr %102, i64 2
  store ptr null, ptr %104, align 8, !tbaa !9
  %105 = getelementptr inbounds ptr, ptr %102, i64 3
  store ptr %26, ptr %105, align 8, !tbaa !9
  %106 = getelementptr inbounds ptr, ptr %102, i64 4
  store ptr %26, ptr %106, align 8, !tbaa !9
  %107 = getelementptr inbounds [5 x ptr], ptr %82, i64 5
  store ptr %26, ptr %107, align 8, !tbaa !9
  %108 = getelementptr inbounds ptr, ptr %107, i64 1
  store ptr null, ptr %108, align 8, !tbaa !9
  %109 = getelementptr inbounds ptr, ptr %107, i64 2
  store ptr null, ptr %109, align 8, !tbaa !9
  %110 = getelementptr inbounds ptr, ptr %107, i64 3
  store ptr %26, ptr %110, align 8, !tbaa !9
  %111 = getelementptr inbounds ptr, ptr %107, i64 4
  store ptr %26, ptr %111, align 8, !tbaa !9
  %112 = getelementptr inbounds [5 x ptr], ptr %82, i64 6
  store ptr %26, ptr %112, align 8, !tbaa !9
  %113 = getelementptr inbounds ptr, ptr %112, i64 1
  store ptr %26, ptr %113, align 8, !tbaa !9
  %114 = getelementptr inbounds ptr, ptr %112, i64 2
  store ptr %26, ptr %114, align 8, !tbaa !9
  %115 = getelementptr inbounds ptr, ptr %112, i64 3
  store ptr %26, ptr %115, align 8, !tbaa !9
  %116 = getelementptr inbounds ptr, ptr %112, i64 4
  store ptr %26, ptr %116, align 8, !tbaa !9
  %117 = getelementptr inbounds [7 x [5 x ptr]], ptr %27, i64 2
  store ptr %26, ptr %117, align 8, !tbaa !9
  %118 = getelementptr inbounds ptr, ptr %117, i64 1
  store ptr %26, ptr %118, align 8, !tbaa !9
  %119 = getelementptr inbounds ptr, ptr %117, i64 2
  store ptr %26, ptr %119, align 8, !tbaa !9
  %120 = getelementptr inbounds ptr, ptr %117, i64 3
  store ptr %26, ptr %120, align 8, !tbaa !9
  %121 = getelementptr inbounds ptr, ptr %117, i64 4
  store ptr %26, ptr %121, align 8, !tbaa !9
  %122 = getelementptr inbounds [5 x ptr], ptr %117, i64 1
  store ptr null, ptr %122, align 8, !tbaa !9
  %123 = getelementptr inbounds ptr, ptr %122, i64 1
  store ptr null, ptr %123, align 8, !tbaa !9
  %124 = getelementptr inbounds ptr, ptr %122, i64 2
  store ptr null, ptr %124, align 8, !tbaa !9
  %125 = getelementptr inbounds ptr, ptr %122, i64 3
  store ptr %26, ptr %125, align 8, !tbaa !9
  %126 = getelementptr inbounds ptr, ptr %122, i64 4
  store ptr %26, ptr %126, align 8, !tbaa !9
  %127 = getelementptr inbounds [5 x ptr], ptr %117, i64 2
  store ptr %26, ptr %127, align 8, !tbaa !9
  %128 = getelementptr inbounds ptr, ptr %127, i64 1
  store ptr %26, ptr %128, align 8, !tbaa !9
  %129 = getelementptr inbounds ptr, ptr %127, i64 2
  store ptr null, ptr %129, align 8, !tbaa !9
  %130 = getelementptr inbounds ptr, ptr %127, i64 3
  store ptr %26, ptr %130, align 8, !tbaa !9
  %131 = getelementptr inbounds ptr, ptr %127, i64 4
  store ptr null, ptr %131, align 8, !tbaa !9
  %132 = getelementptr inbounds [5 x ptr], ptr %117, i64 3
  store ptr %26, ptr %132, align 8, !tbaa !9
  %133 = getelementptr inbounds ptr, ptr %132, i64 1
  store ptr %26, ptr %133, align 8, !tbaa !9
  %134 = getelementptr inbounds ptr, ptr %132, i64 2
  store ptr null, ptr %134, align 8, !tbaa !9
  %135 = getelementptr inbounds ptr, ptr %132, i64 3
  store ptr %26, ptr %135, align 8, !tbaa !9
  %136 = getelementptr inbounds ptr, ptr %132, i64 4
  store ptr %26, ptr %136, align 8, !tbaa !9
  %137 = getelementptr inbounds [5 x ptr], ptr %117, i64 4
  store ptr null, ptr %137, align 8, !tbaa !9
  %138 = getelementptr inbounds ptr, ptr %137, i64 1
  store ptr %26, ptr %138, align 8, !tbaa !9
  %139 = getelementptr inbounds ptr, ptr %137, i64 2
  store ptr %26, ptr %139, align 8, !tbaa !9
  %140 = getelementptr inbounds ptr, ptr %137, i64 3
  store ptr %26, ptr %140, align 8, !tbaa !9
  %141 = getelementptr inbounds ptr, ptr %137, i64 4
  store ptr %26, ptr %141, align 8, !tbaa !9
  %142 = getelementptr inbounds [5 x ptr], ptr %117, i64 5
  call void @llvm.memset.p0.i64(ptr align 8 %142, i8 0, i64 40, i1 false)
  %143 = getelementptr inbounds ptr, ptr %142, i64 1
  %144 = getelementptr inbounds ptr, ptr %142, i64 2
  %145 = getelementptr inbounds ptr, ptr %142, i64 3
  %146 = getelementptr inbounds ptr, ptr %142, i64 4
  store ptr %26, ptr %146, align 8, !tbaa !9
  %147 = getelementptr inbounds [5 x ptr], ptr %117, i64 6
  store ptr %26, ptr %147, align 8, !tbaa !9
  %148 = getelementptr inbounds ptr, ptr %147, i64 1
  store ptr %26, ptr %148, align 8, !tbaa !9
  %149 = getelementptr inbounds ptr, ptr %147, i64 2
  store ptr %26, ptr %149, align 8, !tbaa !9
  %150 = getelementptr inbounds ptr, ptr %147, i64 3
  store ptr %26, ptr %150, align 8, !tbaa !9
  %151 = getelementptr inbounds ptr, ptr %147, i64 4
  store ptr %26, ptr %151, align 8, !tbaa !9
  %152 = getelementptr inbounds [7 x [5 x ptr]], ptr %27, i64 3
  store ptr %26, ptr %152, align 8, !tbaa !9
  %153 = getelementptr inbounds ptr, ptr %152, i64 1
  store ptr %26, ptr %153, align 8, !tbaa !9
  %154 = getelementptr inbounds ptr, ptr %152, i64 2
  store ptr %26, ptr %154, align 8, !tbaa !9
  %155 = getelementptr inbounds ptr, ptr %152, i64 3
  store ptr null, ptr %155, align 8, !tbaa !9
  %156 = getelementptr inbounds ptr, ptr %152, i64 4
  store ptr %26, ptr %156, align 8, !tbaa !9
  %157 = getelementptr inbounds [5 x ptr], ptr %152, i64 1
  store ptr %26, ptr %157, align 8, !tbaa !9
  %158 = getelementptr inbounds ptr, ptr %157, i64 1
  store ptr %26, ptr %158, align 8, !tbaa !9
  %159 = getelementptr inbounds ptr, ptr %157, i64 2
  store ptr %26, ptr %159, align 8, !tbaa !9
  %160 = getelementptr inbounds ptr, ptr %157, i64 3
  store ptr %26, ptr %160, align 8, !tbaa !9
  %161 = getelementptr inbounds ptr, ptr %157, i64 4
  store ptr %26, ptr %161, align 8, !tbaa !9
  %162 = getelementptr inbounds [5 x ptr], ptr %152, i64 2
  store ptr null, ptr %162, align 8, !tbaa !9
  %163 = getelementptr inbounds ptr, ptr %162, i64 1
  store ptr %26, ptr %163, align 8, !tbaa !9
  %164 = getelementptr inbounds ptr, ptr %162, i64 2
  store ptr %26, ptr %164, align 8, !tbaa !9
  %165 = getelementptr inbounds ptr, ptr %162, i64 3
  store ptr null, ptr %165, align 8, !tbaa !9
  %166 = getelementptr inbounds ptr, ptr %162, i64 4
  store ptr %26, ptr %166, align 8, !tbaa !9
  %167 = getelementptr inbounds [5 x ptr], ptr %152, i64 3
  store ptr null, ptr %167, align 8, !tbaa !9
  %168 = getelementptr inbounds ptr, ptr %167, i64 1
  store ptr null, ptr %168, align 8, !tbaa !9
  %169 = getelementptr inbounds ptr, ptr %167, i64 2
  store ptr %26, ptr %169, align 8, !tbaa !9
  %170 = getelementptr inbounds ptr, ptr %167, i64 3
  store ptr %26, ptr %170, align 8, !tbaa !9
  %171 = getelementptr inbounds ptr, ptr %167, i64 4
  store ptr null, ptr %171, align 8, !tbaa !9
  %172 = getelementptr inbounds [5 x ptr], ptr %152, i64 4
  store ptr %26, ptr %172, align 8, !tbaa !9
  %173 = getelementptr inbounds ptr, ptr %172, i64 1
  store ptr %26, ptr %173, align 8, !tbaa !9
  %174 = getelementptr inbounds ptr, ptr %172, i64 2
  store ptr null, ptr %174, align 8, !tbaa !9
  %175 = getelementptr inbounds ptr, ptr %172, i64 3
  store ptr %26, ptr %175, align 8, !tbaa !9
  %176 = getelementptr inbounds ptr, ptr %172, i64 4
  store ptr %26, ptr %176, align 8, !tbaa !9
  %177 = getelementptr inbounds [5 x ptr], ptr %152, i64 5
  store ptr %26, ptr %177, align 8, !tbaa !9
  %178 = getelementptr inbounds ptr, ptr %177, i64 1
  store ptr %26, ptr %178, align 8, !tbaa !9
  %179 = getelementptr inbounds ptr, ptr %177, i64 2
  store ptr %26, ptr %179, align 8, !tbaa !9
  %180 = getelementptr inbounds ptr, ptr %177, i64 3
  store ptr %26, ptr %180, align 8, !tbaa !9
  %181 = getelementptr inbounds ptr, ptr %177, i64 4
  store ptr %26, ptr %181, align 8, !tbaa !9
  %182 = getelementptr inbounds [5 x ptr], ptr %152, i64 6
  call void @llvm.memset.p0.i64(ptr align 8 %182, i8 0, i64 40, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %182, ptr align 8 @constinit.117, i64 40, i1 false), !tbaa.struct !15
  %183 = getelementptr inbounds [7 x [5 x ptr]], ptr %27, i64 4
  store ptr %26, ptr %183, align 8, !tbaa !9
  %184 = getelementptr inbounds ptr, ptr %183, i64 1
  store ptr null, ptr %184, align 8, !tbaa !9
  %185 = getelementptr inbounds ptr, ptr %183, i64 2
  store ptr %26, ptr %185, align 8, !tbaa !9
  %186 = getelementptr inbounds ptr, ptr %183, i64 3
  store ptr %26, ptr %186, align 8, !tbaa !9
  %187 = getelementptr inbounds ptr, ptr %183, i64 4
  store ptr %26, ptr %187, align 8, !tbaa !9
  %188 = getelementptr inbounds [5 x ptr], ptr %183, i64 1
  store ptr %26, ptr %188, align 8, !tbaa !9
  %189 = getelementptr inbounds ptr, ptr %188, i64 1
  store ptr %26, ptr %189, align 8, !tbaa !9
  %190 = getelementptr inbounds ptr, ptr %188, i64 2
  store ptr %26, ptr %190, align 8, !tbaa !9
  %191 = getelementptr inbounds ptr, ptr %188, i64 3
  store ptr null, ptr %191, align 8, !tbaa !9
  %192 = getelementptr inbounds ptr, ptr %188, i64 4
  store ptr %26, ptr %192, align 8, !tbaa !9
  %193 = getelementptr inbounds [5 x ptr], ptr %183, i64 2
  store ptr null, ptr %193, align 8, !tbaa !9
  %194 = getelementptr inbounds ptr, ptr %193, i64 1
  store ptr %26, ptr %194, align 8, !tbaa !9
  %195 = getelementptr inbounds ptr, ptr %193, i64 2
  store ptr %26, ptr %195, align 8, !tbaa !9
  %196 = getelementptr inbounds ptr, ptr %193, i64 3
  store ptr null, ptr %196, align 8, !tbaa !9
  %197 = getelementptr inbounds ptr, ptr %193, i64 4
  store ptr %26, ptr %197, align 8, !tbaa !9
  %198 = getelementptr inbounds [5 x ptr], ptr %183, i64 3
  call void @llvm.memset.p0.i64(ptr align 8 %198, i8 0, i64 40, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %198, ptr align 8 @constinit.118, i64 40, i1 false), !tbaa.struct !15
  %199 = getelementptr inbounds [5 x ptr], ptr %183, i64 4
  store ptr %26, ptr %199, align 8, !tbaa !9
  %200 = getelementptr inbounds ptr, ptr %199, i64 1
  store ptr %26, ptr %200, align 8, !tbaa !9
  %201 = getelementptr inbounds ptr, ptr %199, i64 2
  store ptr null, ptr %201, align 8, !tbaa !9
  %202 = getelementptr inbounds ptr, ptr %199, i64 3
  store ptr %26, ptr %202, align 8, !tbaa !9
  %203 = getelementptr inbounds ptr, ptr %199, i64 4
  store ptr %26, ptr %203, align 8, !tbaa !9
  %204 = getelementptr inbounds [5 x ptr], ptr %183, i64 5
  store ptr %26, ptr %204, align 8, !tbaa !9
  %205 = getelementptr inbounds ptr, ptr %204, i64 1
  store ptr %26, ptr %205, align 8, !tbaa !9
  %206 = getelementptr inbounds ptr, ptr %204, i64 2
  store ptr %26, ptr %206, align 8, !tbaa !9
  %207 = getelementptr inbounds ptr, ptr %204, i64 3
  store ptr %26, ptr %207, align 8, !tbaa !9
  %208 = getelementptr inbounds ptr, ptr %204, i64 4
  store ptr %26, ptr %208, align 8, !tbaa !9
  %209 = getelementptr inbounds [5 x ptr], ptr %183, i64 6
  store ptr %26, ptr %209, align 8, !tbaa !9
  %210 = getelementptr inbounds ptr, ptr %209, i64 1
  store ptr null, ptr %210, align 8, !tbaa !9
  %211 = getelementptr inbounds ptr, ptr %209, i64 2
  store ptr %26, ptr %211, align 8, !tbaa !9
  %212 = getelementptr inbounds ptr, ptr %209, i64 3
  store ptr null, ptr %212, align 8, !tbaa !9
  %213 = getelementptr inbounds ptr, ptr %209, i64 4
  store ptr null, ptr %213, align 8, !tbaa !9
  %214 = getelementptr inbounds [7 x [5 x ptr]], ptr %27, i64 5
  store ptr %26, ptr %214, align 8, !tbaa !9
  %215 = getelementptr inbounds ptr, ptr %214, i64 1
  store ptr null, ptr %215, align 8, !tbaa !9
  %216 = getelementptr inbounds ptr, ptr %214, i64 2
  store ptr %26, ptr %216, align 8, !tbaa !9
  %217 = getelementptr inbounds ptr, ptr %214, i64 3
  store ptr null, ptr %217, align 8, !tbaa !9
  %218 = getelementptr inbounds ptr, ptr %214, i64 4
  store ptr %26, ptr %218, align 8, !tbaa !9
  %219 = getelementptr inbounds [5 x ptr], ptr %214, i64 1
  store ptr %26, ptr %219, align 8, !tbaa !9
  %220 = getelementptr inbounds ptr, ptr %219, i64 1
  store ptr %26, ptr %220, align 8, !tbaa !9
  %221 = getelementptr inbounds ptr, ptr %219, i64 2
  store ptr null, ptr %221, align 8, !tbaa !9
  %222 = getelementptr inbounds ptr, ptr %219, i64 3
  store ptr null, ptr %222, align 8, !tbaa !9
  %223 = getelementptr inbounds ptr, ptr %219, i64 4
  store ptr %26, ptr %223, align 8, !tbaa !9
  %224 = getelementptr inbounds [5 x ptr], ptr %214, i64 2
  store ptr null, ptr %224, align 8, !tbaa !9
  %225 = getelementptr inbounds ptr, ptr %224, i64 1
  store ptr %26, ptr %225, align 8, !tbaa !9
  %226 = getelementptr inbounds ptr, ptr %224, i64 2
  store ptr %26, ptr %226, align 8, !tbaa !9
  %227 = getelementptr inbounds ptr, ptr %224, i64 3
  store ptr null, ptr %227, align 8, !tbaa !9
  %228 = getelementptr inbounds ptr, ptr %224, i64 4
  store ptr %26, ptr %228, align 8, !tbaa !9
  %229 = getelementptr inbounds [5 x ptr], ptr %214, i64 3
  store ptr null, ptr %229, align 8, !tbaa !9
  %230 = getelementptr inbounds ptr, ptr %229, i64 1
  store ptr %26, ptr %230, align 8, !tbaa !9
  %231 = getelementptr inbounds ptr, ptr %229, i64 2
  store ptr null, ptr %231, align 8, !tbaa !9
  %232 = getelementptr inbounds ptr, ptr %229, i64 3
  store ptr %26, ptr %232, align 8, !tbaa !9
  %233 = getelementptr inbounds ptr, ptr %229, i64 4
  store ptr %26, ptr %233, align 8, !tbaa !9
  %234 = getelementptr inbounds [5 x ptr], ptr %214, i64 4
  store ptr %26, ptr %234, align 8, !tbaa !9
  %235 = getelementptr inbounds ptr, ptr %234, i64 1
  store ptr %26, ptr %235, align 8, !tbaa !9
  %236 = getelementptr inbounds ptr, ptr %234, i64 2
  store ptr %26, ptr %236, align 8, !tbaa !9
  %237 = getelementptr inbounds ptr, ptr %234, i64 3
  store ptr %26, ptr %237, align 8, !tbaa !9
  %238 = getelementptr inbounds ptr, ptr %234, i64 4
  store ptr %26, ptr %238, align 8, !tbaa !9
  %239 = getelementptr inbounds [5 x ptr], ptr %214, i64 5
  store ptr %26, ptr %239, align 8, !tbaa !9
  %240 = getelementptr inbounds ptr, ptr %239, i64 1
  store ptr %26, ptr %240, align 8, !tbaa !9
  %241 = getelementptr inbounds ptr, ptr %239, i64 2
  store ptr %26, ptr %241, align 8, !tbaa !9
  %242 = getelementptr inbounds ptr, ptr %239, i64 3
  store ptr null, ptr %242, align 8, !tbaa !9
  %243 = getelementptr inbounds ptr, ptr %239, i64 4
  store ptr %26, ptr %243, align 8, !tbaa !9
  %244 = getelementptr inbounds [5 x ptr], ptr %214, i64 6
  store ptr null, ptr %244, align 8, !tbaa !9
  %245 = getelementptr inbounds ptr, ptr %244, i64 1
  store ptr null, ptr %245, align 8, !tbaa !9
  %246 = getelementptr inbounds ptr, ptr %244, i64 2
  store ptr %26, ptr %246, align 8, !tbaa !9
  %247 = getelementptr inbounds ptr, ptr %244, i64 3
  store ptr null, ptr %247, align 8, !tbaa !9
  %248 = getelementptr inbounds ptr, ptr %244, i64 4
  store ptr %26, ptr %248, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 1, ptr %28) #4
  store i8 6, ptr %28, align 1, !tbaa !16
  call void @llvm.lifetime.start.p0(i64 8, ptr %29) #4
  store i64 514313667040344806, ptr %29, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %30) #4
  store ptr @g_1909, ptr %30, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %31) #4
  store i64 -8783933744565234261, ptr %31, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %32) #4
  store i32 1, ptr %32, align 4, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 8, ptr %33) #4
  store ptr @g_742, ptr %33, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %34) #4
  store i32 -8, ptr %34, align 4, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 4, ptr %35) #4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %35, ptr align 4 @__const.func_23.l_2829, i64 4, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %36) #4
  store i64 0, ptr %36, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %37) #4
  store ptr @g_1004, ptr %37, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 12, ptr %38) #4
  call void @llvm.lifetime.start.p0(i64 8, ptr %39) #4
  store ptr @g_1782, ptr %39, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 120, ptr %40) #4
  call void @llvm.lifetime.start.p0(i64 8, ptr %41) #4
  %249 = getelementptr inbounds [3 x [5 x ptr]], ptr %40, i64 0, i64 2
  %250 = getelementptr inbounds [5 x ptr], ptr %249, i64 0, i64 1
  store ptr %250, ptr %41, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %42) #4
  store ptr %41, ptr %42, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %43) #4
  call void @llvm.lifetime.start.p0(i64 1, ptr %44) #4
  store i8 2, ptr %44, align 1, !tbaa !16
  call void @llvm.lifetime.start.p0(i64 4, ptr %45) #4
  call void @llvm.lifetime.start.p0(i64 4, ptr %46) #4
  call void @llvm.lifetime.start.p0(i64 4, ptr %47) #4
  store i32 0, ptr %45, align 4, !tbaa !13
  br label %251

251:                                              ; preds = %269, %1
  %252 = load i32, ptr %45, align 4, !tbaa !13
  %253 = icmp slt i32 %252, 1
  br i1 %253, label %254, label %272

254:                                              ; preds = %251
  store i32 0, ptr %46, align 4, !tbaa !13
  br label %255

255:                                              ; preds = %265, %254
  %256 = load i32, ptr %46, align 4, !tbaa !13
  %257 = icmp slt i32 %256, 3
  br i1 %257, label %258, label %268

258:                                              ; preds = %255
  %259 = load i32, ptr %45, align 4, !tbaa !13
  %260 = sext i32 %259 to i64
  %261 = getelementptr inbounds [1 x [3 x ptr]], ptr %7, i64 0, i64 %260
  %262 = load i32, ptr %46, align 4, !tbaa !13
  %263 = sext i32 %262 to i64
  %264 = getelementptr inbounds [3 x ptr], ptr %261, i64 0, i64 %263
  store ptr null, ptr %264, align 8, !tbaa !9
  br label %265

265:                                              ; preds = %258
  %266 = load i32, ptr %46, align 4, !tbaa !13
  %267 = add nsw i32 %266, 1
  store i32 %267, ptr %46, align 4, !tbaa !13
  br label %255, !llvm.loop !17

268:                                              ; preds = %255
  br label %269

269:                                              ; preds = %268
  %270 = load i32, ptr %45, align 4, !tbaa !13
  %271 = add nsw i32 %270, 1
  store i32 %271, ptr %45, align 4, !tbaa !13
  br label %251, !llvm.loop !19

272:                                              ; preds = %251
  store i32 0, ptr %45, align 4, !tbaa !13
  br label %273

273:                                              ; preds = %281, %272
  %274 = load i32, ptr %45, align 4, !tbaa !13
  %275 = icmp slt i32 %274, 1
  br i1 %275, label %276, label %284

276:                                              ; preds = %273
  %277 = getelementptr inbounds [9 x i64], ptr %8, i64 0, i64 4
  %278 = load i32, ptr %45, align 4, !tbaa !13
  %279 = sext i32 %278 to i64
  %280 = getelementptr inbounds [1 x ptr], ptr %10, i64 0, i64 %279
  store ptr %277, ptr %280, align 8, !tbaa !9
  br label %281

281:                                              ; preds = %276
  %282 = load i32, ptr %45, align 4, !tbaa !13
  %283 = add nsw i32 %282, 1
  store i32 %283, ptr %45, align 4, !tbaa !13
  br label %273, !llvm.loop !20

284:                                              ; preds = %273
  store i32 0, ptr %45, align 4, !tbaa !13
  br label %285

285:                                              ; preds = %292, %284
  %286 = load i32, ptr %45, align 4, !tbaa !13
  %287 = icmp slt i32 %286, 4
  br i1 %287, label %288, label %295

288:                                              ; preds = %285
  %289 = load i32, ptr %45, align 4, !tbaa !13
  %290 = sext i32 %289 to i64
  %291 = getelementptr inbounds [4 x ptr], ptr %23, i64 0, i64 %290
  store ptr %22, ptr %291, align 8, !tbaa !9
  br label %292

292:                                              ; preds = %288
  %293 = load i32, ptr %45, align 4, !tbaa !13
  %294 = add nsw i32 %293, 1
  store i32 %294, ptr %45, align 4, !tbaa !13
  br label %285, !llvm.loop !21

295:                                              ; preds = %285
  store i32 0, ptr %45, align 4, !tbaa !13
  br label %296

296:                                              ; preds = %303, %295
  %297 = load i32, ptr %45, align 4, !tbaa !13
  %298 = icmp slt i32 %297, 3
  br i1 %298, label %299, label %306

299:                                              ; preds = %296
  %300 = load i32, ptr %45, align 4, !tbaa !13
  %301 = sext i32 %300 to i64
  %302 = getelementptr inbounds [3 x i32], ptr %38, i64 0, i64 %301
  store i32 1923799440, ptr %302, align 4, !tbaa !13
  br label %303

303:                                              ; preds = %299
  %304 = load i32, ptr %45, align 4, !tbaa !13
  %305 = add nsw i32 %304, 1
  store i32 %305, ptr %45, align 4, !tbaa !13
  br label %296, !llvm.loop !22

306:                                              ; preds = %296
  store i32 0, ptr %45, align 4, !tbaa !13
  br label %307

307:                                              ; preds = %325, %306
  %308 = load i32, ptr %45, align 4, !tbaa !13
  %309 = icmp slt i32 %308, 3
  br i1 %309, label %310, label %328

310:                                              ; preds = %307
  store i32 0, ptr %46, align 4, !tbaa !13
  br label %311

311:                                              ; preds = %321, %310
  %312 = load i32, ptr %46, align 4, !tbaa !13
  %313 = icmp slt i32 %312, 5
  br i1 %313, label %314, label %324

314:                                              ; preds = %311
  %315 = load i32, ptr %45, align 4, !tbaa !13
  %316 = sext i32 %315 to i64
  %317 = getelementptr inbounds [3 x [5 x ptr]], ptr %40, i64 0, i64 %316
  %318 = load i32, ptr %46, align 4, !tbaa !13
  %319 = sext i32 %318 to i64
  %320 = getelementptr inbounds [5 x ptr], ptr %317, i64 0, i64 %319
  store ptr @g_161, ptr %320, align 8, !tbaa !9
  br label %321

321:                                              ; preds = %314
  %322 = load i32, ptr %46, align 4, !tbaa !13
  %323 = add nsw i32 %322, 1
  store i32 %323, ptr %46, align 4, !tbaa !13
  br label %311, !llvm.loop !23

324:                                              ; preds = %311
  br label %325

325:                                              ; preds = %324
  %326 = load i32, ptr %45, align 4, !tbaa !13
  %327 = add nsw i32 %326, 1
  store i32 %327, ptr %45, align 4, !tbaa !13
  br label %307, !llvm.loop !24

328:                                              ; preds = %307
  store i32 0, ptr %45, align 4, !tbaa !13
  br label %329

329:                                              ; preds = %336, %328
  %330 = load i32, ptr %45, align 4, !tbaa !13
  %331 = icmp slt i32 %330, 1
  br i1 %331, label %332, label %339

332:                                              ; preds = %329
  %333 = load i32, ptr %45, align 4, !tbaa !13
  %334 = sext i32 %333 to i64
  %335 = getelementptr inbounds [1 x ptr], ptr %43, i64 0, i64 %334
  store ptr null, ptr %335, align 8, !tbaa !9
  br label %336

336:                                              ; preds = %332
  %337 = load i32, ptr %45, align 4, !tbaa !13
  %338 = add nsw i32 %337, 1
  store i32 %338, ptr %45, align 4, !tbaa !13
  br label %329, !llvm.loop !25

339:                                              ; preds = %329
  %340 = load i16, ptr %3, align 2, !tbaa !5
  %341 = sext i16 %340 to i64
  %342 = xor i64 -1, %341
  %343 = load i8, ptr @g_2116, align 1, !tbaa !16
  %344 = sext i8 %343 to i64
  %345 = or i64 %344, %342
  %346 = trunc i64 %345 to i8
  store i8 %346, ptr @g_2116, align 1, !tbaa !16
  %347 = sext i8 %346 to i64
  %348 = getelementptr inbounds [9 x i64], ptr %8, i64 0, i64 0
  %349 = load i64, ptr %348, align 16, !tbaa !11
  %350 = and i64 %349, %347
  store i64 %350, ptr %348, align 16, !tbaa !11
  %351 = load i16, ptr %3, align 2, !tbaa !5
  %352 = sext i16 %351 to i32
  %353 = load i16, ptr %3, align 2, !tbaa !5
  %354 = sext i16 %353 to i32
  %355 = icmp ne i32 %354, 0
  br i1 %355, label %361, label %356

356:                                              ; preds = %339
  %357 = load ptr, ptr @g_907, align 8, !tbaa !9
  %358 = load volatile i64, ptr %357, align 8, !tbaa !11
  %359 = load ptr, ptr @g_1630, align 8, !tbaa !9
  store i64 %358, ptr %359, align 8, !tbaa !11
  %360 = icmp ne i64 %358, 0
  br label %361

361:                                              ; preds = %356, %339
  %362 = phi i1 [ true, %339 ], [ %360, %356 ]
  %363 = zext i1 %362 to i32
  %364 = trunc i32 %363 to i8
  %365 = load i32, ptr @g_2120, align 4, !tbaa !13
  %366 = load ptr, ptr %11, align 8, !tbaa !9
  %367 = load i8, ptr %366, align 1, !tbaa !16
  %368 = zext i8 %367 to i32
  %369 = and i32 %368, 1
  %370 = trunc i32 %369 to i8
  store i8 %370, ptr %366, align 1, !tbaa !16
  %371 = load i16, ptr %3, align 2, !tbaa !5
  %372 = sext i16 %371 to i32
  %373 = load i16, ptr %3, align 2, !tbaa !5
  %374 = sext i16 %373 to i64
  %375 = icmp sgt i64 %374, -5
  %376 = zext i1 %375 to i32
  %377 = trunc i32 %376 to i8
  %378 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %377, i8 noundef zeroext 1) #5
  %379 = and i32 %372, 0
  %380 = load ptr, ptr @g_368, align 8, !tbaa !9
  store i32 %379, ptr %380, align 4, !tbaa !13
  %381 = icmp ne i32 %379, 0
  br i1 %381, label %386, label %382

382:                                              ; preds = %361
  %383 = load i16, ptr %3, align 2, !tbaa !5
  %384 = sext i16 %383 to i32
  %385 = icmp ne i32 %384, 0
  br label %386

386:                                              ; preds = %382, %361
  %387 = phi i1 [ true, %361 ], [ %385, %382 ]
  %388 = zext i1 %387 to i32
  %389 = load ptr, ptr %12, align 8, !tbaa !9
  %390 = load i32, ptr %389, align 4, !tbaa !13
  %391 = and i32 %390, %388
  store i32 %391, ptr %389, align 4, !tbaa !13
  %392 = or i32 %365, %391
  %393 = load i16, ptr %3, align 2, !tbaa !5
  %394 = sext i16 %393 to i32
  %395 = or i32 %392, %394
  %396 = call signext i8 @safe_rshift_func_int8_t_s_s(i8 noundef signext %364, i32 noundef %395) #5
  %397 = sext i8 %396 to i32
  %398 = icmp eq i32 %352, %397
  %399 = zext i1 %398 to i32
  %400 = trunc i32 %399 to i8
  %401 = load ptr, ptr %13, align 8, !tbaa !9
  store i8 %400, ptr %401, align 1, !tbaa !16
  %402 = load i32, ptr getelementptr inbounds ([4 x i32], ptr getelementptr inbounds ([10 x [4 x i32]], ptr @g_51, i64 0, i64 1), i64 0, i64 1), align 4, !tbaa !13
  %403 = trunc i32 %402 to i16
  %404 = call ptr @func_70(i8 noundef zeroext %400, i16 noundef zeroext %403) #5
  %405 = load ptr, ptr @g_1827, align 8, !tbaa !9
  %406 = load ptr, ptr %405, align 8, !tbaa !9
  store ptr %404, ptr %406, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 4, ptr %47) #4
  call void @llvm.lifetime.end.p0(i64 4, ptr %46) #4
  call void @llvm.lifetime.end.p0(i64 4, ptr %45) #4
  call void @llvm.lifetime.end.p0(i64 1, ptr %44) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %43) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %42) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %41) #4
  call void @llvm.lifetime.end.p0(i64 120, ptr %40) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %39) #4
  call void @llvm.lifetime.end.p0(i64 12, ptr %38) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %37) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %36) #4
  call void @llvm.lifetime.end.p0(i64 4, ptr %35) #4
  call void @llvm.lifetime.end.p0(i64 4, ptr %34) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %33) #4
  call void @llvm.lifetime.end.p0(i64 4, ptr %32) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %31) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %30) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %29) #4
  call void @llvm.lifetime.end.p0(i64 1, ptr %28) #4
  call void @llvm.lifetime.end.p0(i64 1680, ptr %27) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %26) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %25) #4
  call void @llvm.lifetime.end.p0(i64 4, ptr %24) #4
  call void @llvm.lifetime.end.p0(i64 32, ptr %23) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %22) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %21) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %20) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %19) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %18) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %17) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %16) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %15) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %14) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %13) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %12) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %11) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %9) #4
  call void @llvm.lifetime.end.p0(i64 72, ptr %8) #4
  call void @llvm.lifetime.end.p0(i64 24, ptr %7) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %5) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr %4) #4
  %407 = getelementptr inbounds %union.U1, ptr %2, i32 0, i32 0
  %408 = load i32, ptr %407, align 4
  ret i32 %408
}

; Function Attrs: minsize nounwind optsize uwtable
declare hidden ptr @func_70(i8 noundef zeroext, i16 noundef zeroext) #3

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext, i8 noundef zeroext) #3

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i8 @safe_rshift_func_int8_t_s_s(i8 noundef signext, i32 noundef) #3

attributes #0 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { minsize optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"short", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"int", !7, i64 0}
!15 = !{i64 0, i64 40, !16}
!16 = !{!7, !7, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = distinct !{!19, !18}
!20 = distinct !{!20, !18}
!21 = distinct !{!21, !18}
!22 = distinct !{!22, !18}
!23 = distinct !{!23, !18}
!24 = distinct !{!24, !18}
!25 = distinct !{!25, !18}
